package org.newsbrief.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a photo's caption switch and credit that scraped pages carry inside the text, where the page
 * showed a button over the photo: "Mobb Deep's Prodigy dies at 42 enlarge this image toggle caption
 * bryan bedder/getty images bryan bedder/getty images Prodigy, one-half of ..." keeps "Mobb Deep's
 * Prodigy dies at 42 Prodigy, one-half of ...". The credit goes with the switch when the page repeats
 * it (the caption's two states), or, said once, when it names an agency after a slash within
 * {@value #LONGEST_CREDIT} words ("toggle caption jeff gentner/ap federal investigators ..."); otherwise only
 * the switch's words go. The switch's words and the agency credits are no news, but they are rare
 * terms that many pages of one site share, so they drew such pages together in clustering.
 * Stateless and thread-safe.
 */
final class CaptionToggles {

    /** The switch, with the "enlarge this image" button before it and the icon's stray "i". */
    private static final Pattern SWITCH = Pattern.compile(
            "(?i)(?:\\benlarge this image\\s+)?(?:\\bi\\s+)?(?:\\bi?)toggle caption\\b\\s*");

    /** The most words a credit said once or repeated is taken to hold. */
    private static final int LONGEST_CREDIT = 8;

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CaptionToggles() {
    }

    /** The paragraph without its caption switches and their credits; the paragraph itself when it holds none. */
    static String cut(String paragraph) {
        if (!mayHoldSwitch(paragraph)) {
            return paragraph;
        }
        Matcher matcher = SWITCH.matcher(paragraph);
        if (!matcher.find()) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder(paragraph.length());
        int kept = 0;
        do {
            out.append(paragraph, kept, matcher.start());
            kept = matcher.end() + creditLength(paragraph, matcher.end());
        } while (kept < paragraph.length() && matcher.find(kept));
        out.append(paragraph, kept, paragraph.length());
        return SPACE.matcher(out).replaceAll(" ").strip();
    }

    private static boolean mayHoldSwitch(String paragraph) {
        return paragraph.contains("caption") || paragraph.contains("Caption") || paragraph.contains("CAPTION");
    }

    /** The characters of the credit that opens {@code text} at {@code from}, with the space after it; 0 when none is clear. */
    static int creditLength(String text, int from) {
        String rest = text.substring(from);
        String[] words = rest.split("\\s+", 2 * LONGEST_CREDIT + 1);
        int repeated = repeatedLength(words);
        int take = repeated > 0 ? 2 * repeated : slashCredit(words);
        if (take == 0) {
            return 0;
        }
        int end = 0;
        for (int i = 0; i < take; i++) {
            end = rest.indexOf(words[i], end) + words[i].length();
        }
        while (end < rest.length() && Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The length of the shortest run of words said twice in a row at the start; 0 when there is none. */
    private static int repeatedLength(String[] words) {
        for (int length = 1; length <= LONGEST_CREDIT && 2 * length < words.length; length++) {
            boolean same = true;
            for (int i = 0; i < length && same; i++) {
                same = words[i].equalsIgnoreCase(words[length + i]);
            }
            if (same) {
                return length;
            }
        }
        return 0;
    }

    /** The words up to and with the first that names an agency after a slash ("gentner/ap"); 0 when none does. */
    private static int slashCredit(String[] words) {
        for (int i = 0; i < Math.min(LONGEST_CREDIT, words.length - 1); i++) {
            int slash = words[i].indexOf('/');
            if (slash > 0 && slash < words[i].length() - 1 && !words[i].contains("://")) {
                return i + 1;
            }
        }
        return 0;
    }
}
