package org.newsbrief.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The standard cleaner for news text. Hard-wrapped paragraphs are rejoined ({@link LineReflow});
 * each line is normalised ({@link TextNormalizer}); lines
 * that are furniture, captions, bylines or newswire routing lines ({@link BoilerplateRules}), short sub-headings, or
 * repeats of an earlier line are dropped; newswire editors' notes inside a paragraph ("(OPTIONAL TRIM
 * BEGINS HERE)", a closing "The senators, 4th graf pvs") are removed; readers' comment sections and tweet widgets
 * are cut off a paragraph ({@link CommentSections}); photos' caption switches and credits
 * ({@link CaptionToggles}), a video player and agency photo captions glued before the article ({@link VideoPlayerLead},
 * {@link CaptionTeasers}), a page's update credit opening a paragraph ({@link UpdatedByLead}) and the sentences of web widgets and web-archive notes go ({@link WebFurniture}); a byline, caption and highlights run before an agency dateline
 * ({@link BylineLead}), a scraped page's headline and posting stamp before an agency dateline ({@link PageStampLead})
 * and a dateline opening a paragraph are removed. A text that research corpora ship
 * Treebank-tokenised is first rejoined as written ({@link TreebankText}).
 * Stateless and thread-safe.
 */
public final class NewsTextCleaner implements TextCleaner {

    /** The longest line kept whole; longer lines are kept but never compared for repeats. */
    private static final int MAX_COMPARED_LINE = 2_000;

    @Override
    public String clean(String text) {
        String body = TreebankText.isTokenized(text) ? TreebankText.detokenize(text) : text;
        StringBuilder out = new StringBuilder(body.length());
        Set<String> seen = new HashSet<>();
        for (String raw : LineReflow.paragraphs(body)) {
            String line = CommentSections.cut(BoilerplateRules.withoutEditorNotes(TextNormalizer.normalize(raw)));
            line = UpdatedByLead.cut(WebFurniture.cut(CaptionToggles.cut(CaptionTeasers.cut(VideoPlayerLead.cut(line)))));
            if (line.isEmpty() || BoilerplateRules.isFurniture(line) || BoilerplateRules.isHeading(line)) {
                continue;
            }
            line = stripDateline(BylineLead.cut(PageStampLead.cut(line)));
            if (line.length() <= MAX_COMPARED_LINE && !seen.add(line.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }

    /**
     * Whether a sentence is a byline or credit ("By Anne Barnard.", "Reporting by Tom Perry;
     * editing by Tom Brown") or opens with a dateline ("BEIRUT, Lebanon (AP) _ ..."): text that the
     * cleaner removes from whole lines, for the stages that meet it inside a sentence.
     */
    public static boolean isBylineOrDateline(String sentence) {
        String text = sentence.strip();
        String unpunctuated = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return BoilerplateRules.isByline(unpunctuated) || !stripDateline(text).equals(text);
    }

    private static String stripDateline(String line) {
        Matcher matcher = BoilerplateRules.DATELINE.matcher(line);
        if (matcher.lookingAt() && matcher.end() < line.length()
                && Character.isUpperCase(line.charAt(matcher.end())) && hasTwoCapitals(matcher.group())) {
            return line.substring(matcher.end());
        }
        return line;
    }

    /** Datelines are upper-case words; "A -" or "I -" are not datelines. */
    private static boolean hasTwoCapitals(String prefix) {
        int capitals = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.isUpperCase(prefix.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }
}
