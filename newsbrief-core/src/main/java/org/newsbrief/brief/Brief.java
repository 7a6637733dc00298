package org.newsbrief.brief;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Issue;

/**
 * The brief of one story.
 *
 * @param title a headline for the story
 * @param summary summary sentences in reading order, each citing its sources
 * @param figures key figures reported by the outlets, most widely reported first, conflicts flagged
 * @param entities people, places and organisations named by several outlets or in several spellings
 * @param timeline dated events, oldest first, each citing its sources
 * @param sources every article of the story, numbered for citation
 * @param issues problems met with the input (bounded list)
 * @param run what produced the brief
 */
public record Brief(String title, List<BriefSentence> summary, List<BriefFigure> figures, List<BriefEntity> entities,
        List<BriefTimelineEntry> timeline,
        List<BriefSource> sources, List<Issue> issues, RunInfo run) {

    public Brief {
        Objects.requireNonNull(title, "title");
        summary = List.copyOf(summary);
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
        issues = List.copyOf(issues);
        Objects.requireNonNull(run, "run");
    }

    /** The source with the given citation number. */
    public BriefSource source(int number) {
        if (number < 1 || number > sources.size()) {
            throw new IllegalArgumentException("no source numbered " + number);
        }
        return sources.get(number - 1);
    }

    /** Number of words in the summary, counted on white space as ROUGE counts them. */
    public int summaryWords() {
        int words = 0;
        for (BriefSentence sentence : summary) {
            String text = sentence.text().strip();
            words += text.isEmpty() ? 0 : text.split("\\s+").length;
        }
        return words;
    }
}
