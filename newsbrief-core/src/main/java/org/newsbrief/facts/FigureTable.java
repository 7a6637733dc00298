package org.newsbrief.facts;

import java.util.List;

/**
 * A story's key figures, most widely reported first.
 *
 * @param groups one group per figure
 */
public record FigureTable(List<FigureGroup> groups) {

    public FigureTable {
        groups = List.copyOf(groups);
    }
}
