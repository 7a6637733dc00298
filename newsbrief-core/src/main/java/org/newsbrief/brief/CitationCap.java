package org.newsbrief.brief;

import java.util.List;

/**
 * How many citations a line of a written brief shows: a sentence, entity or timeline entry of a
 * story of hundreds of articles may be supported by most of them, and a line of three hundred
 * numbers hides the text it cites. The first {@value #SHOWN} are shown, then how many more; the
 * JSON brief keeps every one.
 */
final class CitationCap {

    /** The most citations one line shows. */
    static final int SHOWN = 8;

    private CitationCap() {
    }

    /** The citations a line shows: the first {@value #SHOWN} of {@code numbers}. */
    static List<Integer> shown(List<Integer> numbers) {
        return numbers.size() <= SHOWN ? numbers : numbers.subList(0, SHOWN);
    }

    /** What follows the shown citations: "" when all are shown, else " and N more". */
    static String more(List<Integer> numbers) {
        return numbers.size() <= SHOWN ? "" : " and " + (numbers.size() - SHOWN) + " more";
    }
}
