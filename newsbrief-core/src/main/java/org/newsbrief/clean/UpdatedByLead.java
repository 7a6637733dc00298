package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a web page's update credit that opens a paragraph and runs into the article: "/ updated by Ann Lee and Bo Kay
 * washington — the senate ..." opens "Washington — the senate ...". The page writes the first author's byline before the
 * bar; scraped text keeps the bar, the credit and one or two authors' names, each of two words, perhaps with a middle
 * initial ("Carol e. Lee"). Only a paragraph that opens with the bar and the credit is touched, once the newsletter
 * pitches before it are gone ({@link WebFurniture}: "Breaking news emails get breaking news alerts ... / updated by").
 * Stateless and thread-safe.
 */
final class UpdatedByLead {

    /** An author's name: two words, perhaps with an initial between them. */
    private static final String NAME = "\\p{L}[\\p{L}'\\-]+(?: \\p{L}\\.)? \\p{L}[\\p{L}'\\-]+";

    private static final Pattern LEAD = Pattern.compile("/ updated by " + NAME + "(?:,? and " + NAME + ")?\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    private UpdatedByLead() {
    }

    /** The paragraph without its opening update credit, capitalised as a sentence opens; the paragraph itself when it has none. */
    static String cut(String paragraph) {
        if (!paragraph.startsWith("/")) {
            return paragraph;
        }
        Matcher lead = LEAD.matcher(paragraph);
        return lead.lookingAt() ? TextNormalizer.capitalized(paragraph.substring(lead.end())) : paragraph;
    }
}
