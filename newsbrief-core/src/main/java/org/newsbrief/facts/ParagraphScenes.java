package org.newsbrief.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.entities.Countries;
import org.newsbrief.model.Sentence;

/**
 * The scene a paragraph sets in its opening words: a paragraph whose first sentence opens "In Ostria," or "In Ostria
 * on Monday," tells of Ostria, and a toll of a later sentence of it that names no place of its own counts Ostria's
 * dead ("In Ostria, roads were shut. Eleven people froze to death."). A narrow reading: the opening name must be a
 * listed country ({@link Countries}), one word, not a day's or month's name; the toll's sentence must name no place
 * anywhere and no wider scope ("nationwide", "in all", "across the country"); a paragraph ends where the text between
 * two sentences holds a line break, and its first sentence keeps the places it names itself. The scene goes on over the
 * paragraphs that follow while the first sentence of each names no other place ("In Ostria, 21 died. | About 200
 * were stranded in southern Ostria. Six froze to death."), up to the next paragraph that opens "In ...,". Fed one article's
 * sentences in order; not thread-safe.
 */
final class ParagraphScenes {

    /** "In Ostria," or "In Ostria on Monday," at the start of a sentence. */
    private static final Pattern OPENING = Pattern.compile(
            "In ([A-Z][\\p{L}]+)(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,");
    /** Words by which a toll names its own, wider scope. */
    private static final Pattern WHOLE = Pattern.compile(
            "\\b(?:nationwide|countrywide|in all|overall|altogether|across the country|throughout the country)\\b");

    private final String text;
    private int previousEnd = -1;
    private String scene = "";
    private boolean first;

    ParagraphScenes(String text) {
        this.text = text;
    }

    /** Moves on to {@code sentence}: a new paragraph's first sentence sets the scene, or none. */
    void next(Sentence sentence) {
        int start = sentence.span().start();
        if (previousEnd < 0 || previousEnd > start || text.substring(previousEnd, start).indexOf('\n') >= 0) {
            Matcher opening = OPENING.matcher(sentence.text());
            if (opening.lookingAt()) {
                scene = Countries.isCountry(opening.group(1)) ? opening.group(1) : "";
            } else if (!scene.isEmpty()) { // a paragraph that goes on with the scene names no other place first
                String place = Incidents.place(sentence.text(), sentence.text().toLowerCase(java.util.Locale.ROOT));
                scene = place.isEmpty() || place.equals(scene) ? scene : "";
            }
            first = true;
        } else {
            first = false;
        }
        previousEnd = sentence.span().end();
    }

    /**
     * {@code incident} with the paragraph's scene when it names no place, the sentence is not the paragraph's first and
     * names no place or wider scope ({@code lower} its lower-cased text); else {@code incident}.
     */
    Incident placed(Incident incident, String sentence, String lower) {
        if (scene.isEmpty() || first || !incident.place().isEmpty() || !Incidents.place(sentence, lower).isEmpty()
                || WHOLE.matcher(lower).find()) {
            return incident;
        }
        return new Incident(incident.kind(), scene);
    }
}
