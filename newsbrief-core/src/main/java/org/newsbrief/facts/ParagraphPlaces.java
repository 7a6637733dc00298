package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsbrief.model.Sentence;

/**
 * The place a paragraph has named before a sentence: a toll of a sentence that names no place of its own tells of the
 * place the sentences before it in its paragraph have set ("... stranded in their cars in southern Ostria. Six people
 * froze to death." counts Ostria's dead). The place is the one named by the nearest earlier sentence of the
 * paragraph that names one ({@link Incidents#place}); a paragraph ends where the text between two sentences holds a
 * line break. A sentence that names its own, wider scope ("the nationwide death toll", "in all") takes none. The earlier sentences are read only when a value asks. Fed one article's sentences in order; not
 * thread-safe.
 */
final class ParagraphPlaces {

    /** Words by which a toll names its own, wider scope: "the nationwide death toll", "in all", "overall". */
    private static final Pattern WHOLE = Pattern.compile("\\b(?:nationwide|countrywide|in all|overall|altogether)\\b");

    private final String text;
    private final List<Sentence> earlier = new ArrayList<>();
    private Sentence previousSentence;
    private int previousEnd = -1;

    ParagraphPlaces(String text) {
        this.text = text;
    }

    /** Moves on to {@code sentence}: the sentences before it in its paragraph are then the earlier ones. */
    void next(Sentence sentence) {
        int start = sentence.span().start();
        if (previousEnd < 0 || previousEnd > start || text.substring(previousEnd, start).indexOf('\n') >= 0) {
            earlier.clear();
        } else if (previousSentence != null) {
            earlier.add(previousSentence);
        }
        previousSentence = sentence;
        previousEnd = sentence.span().end();
    }

    /**
     * {@code incident} with the paragraph's place when it names none and its sentence names none anywhere (a place in
     * another clause of the sentence is its own: either may hold); else {@code incident}.
     */
    Incident placed(Incident incident, String sentence, String lower) {
        if (!incident.place().isEmpty() || earlier.isEmpty() || !Incidents.place(sentence, lower).isEmpty()
                || WHOLE.matcher(lower).find()) {
            return incident;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String other = earlier.get(i).text();
            String place = Incidents.place(other, other.toLowerCase(Locale.ROOT));
            if (!place.isEmpty()) {
                return new Incident(incident.kind(), place);
            }
        }
        return incident;
    }
}
