package org.newsbrief.eval.timeline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips the metadata that Timeline17's scraped articles glue to their first sentence: the
 * Reuters dateline ("RABAT | Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son
 * of ..."), the CNN credit ("Washington -LRB- CNN -RRB- -- The Obama administration ...") and the
 * Guardian time stamp ("Wednesday 20 July 2005 09.33 BST Three British soldiers ...") and
 * the time stamp of a reader's comment ("March 21 , 2011 at 5:26 pm | I do n't understand ..."). The
 * dateline's date is the publication date, not a mention of it, and its words are no summary.
 * Stateless.
 */
final class NewsSentences {

    private static final List<Pattern> PREFIXES = List.of(
            Pattern.compile("^.{0,300}?-LRB- Reuters -RRB- -+\\s*"),
            Pattern.compile("^.{0,200}?-LRB- CNN -RRB- -+\\s*"),
            Pattern.compile("^[A-Z][a-z]+ \\d{1,2} , \\d{4} at \\d{1,2}:\\d{2} [ap]m \\|\\s*(Reply\\s+)?"),
            Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{1,2}\\.\\d{2} (BST|GMT)\\s+"));

    private NewsSentences() {
    }

    /** The sentence without a leading dateline, credit or time stamp. */
    static String clean(String sentence) {
        String text = sentence;
        for (Pattern prefix : PREFIXES) {
            text = prefix.matcher(text).replaceFirst("");
        }
        return text.trim();
    }
}
