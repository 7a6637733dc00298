package org.newsbrief.eval.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query words of each Timeline17 topic. Timeline summarization on Timeline17 is query-based:
 * news-tls (Ghalandari and Ifrim 2020) keeps only summary sentences containing one of the topic's
 * keywords ({@code keywords.json} beside each topic there). The shared copy of the corpus carries
 * no keyword files, so the words here are the topic names written out (folder prefix "bpoil" is
 * the BP oil spill, "MJ" Michael Jackson, ...): the query a user would type, nothing learnt from
 * the reference timelines. Matching is on lower-cased substrings, as in news-tls.
 */
final class TopicKeywords {

    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "bpoil", List.of("bp", "oil", "spill"),
            "egyptianprotest", List.of("egypt", "egyptian"),
            "finan", List.of("financial", "economic", "crisis"),
            "h1n1", List.of("h1n1", "swine", "flu"),
            "haiti", List.of("haiti", "quake", "earthquake"),
            "iraqwar", List.of("iraq", "iraqi"),
            "libyawar", List.of("libya", "libyan"),
            "mj", List.of("michael", "jackson"),
            "syriancrisis", List.of("syria", "syrian"));

    private TopicKeywords() {
    }

    /** The keywords of a topic (its folder prefix, any case); none for an unknown topic. */
    static List<String> of(String topic) {
        return KEYWORDS.getOrDefault(topic.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether the text contains one of the keywords (any when there are none). */
    static boolean matches(List<String> keywords, String text) {
        if (keywords.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(lower::contains);
    }
}
