package org.newsbrief.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * Recognises posting stamps: a date that a page prints as the time a text (an article, a blog
 * entry, a reader's comment) was posted or updated, such as "09:27 UK time, Friday, 28 May 2010"
 * above a blog entry. A stamp dates the text, it reports no event, so a timeline must not count it
 * as a mention of its date (it would inflate the days a page was written on); it stays a time
 * expression with its value. A stamp is told by what is glued to the date: a clock time with a
 * zone or am/pm that no preposition introduces, a page label ("Updated:", "Last updated at",
 * "Posted by ... on"), a separator bar, a quoted post's "... wrote:", or a wire agency's credit
 * after a dateline. A date alone on its line is not taken for a stamp: a chronology uses such a
 * line as the heading of the event below it. Nor is a relative expression. Each pattern names
 * the phrase it was written for; each has a test. Stateless and thread-safe.
 */
final class PostingStamps {

    /** The rules whose dates a page prints as a stamp: written dates, and a bare weekday ("(Update 12:41 a.m. Tuesday"). */
    private static final Set<String> STAMP_RULES = Set.of("iso", "weekday-date", "weekday-day-month", "month-day",
            "day-month", "weekday");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("[A-Z][a-z]+day");

    private static final String ZONE = "(?:UK time|GMT|BST|UTC|CES?T|[ECMP][SD]T|ET)\\b";
    /** A clock time with a zone or am/pm ("09:27 UK time", "4:13 pm", "22.09 BST", "5:41 p.m. ET"). */
    private static final String CLOCK = "\\b\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\b\\.?(?:\\s*" + ZONE + ")?|" + ZONE + ")";
    /** The same, zone or am/pm optional ("At 4:13 pm on", "at 10:02,"). */
    private static final String ANY_CLOCK = "\\b\\d{1,2}[:.]\\d{2}(?:\\s*(?:[AaPp]\\.?[Mm]\\b\\.?|" + ZONE + "))?";
    /** An abbreviated weekday between a clock or label and its date ("4:30 PM Thu, 11 Jun 2009"). */
    private static final String SHORT_WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?\\s*,?\\s*)?";
    /** Words that make a clock part of the sentence ("came at 21:49 GMT, Tuesday 20 April", "is 11:59 p.m., Tuesday"). */
    private static final String CLOCK_PREPOSITION = "(?i:\\b(?:at|by|until|till|from|before|after|since|around|about|to"
            + "|between|and|is|was|be)\\s{1,3})";
    /** The rest of a quote header: a name, perhaps with its address, and "wrote:". */
    private static final String QUOTE_HEADER = "(?:[^.!?\\n|<]|<[^>\\s]+>){1,60}?\\bwrote\\s*:";

    /** Patterns on the text before the date (on its line), each ending where the date begins. */
    private static final List<Pattern> BEFORE = List.of(
            // "09:27 UK time, Friday, 28 May 2010", "Fergus Walsh | 09:53 AM, Thursday, 21 May 2009": a clock, a comma, the date
            Pattern.compile("(?<!" + CLOCK_PREPOSITION + ")" + CLOCK + "\\s*,\\s*" + SHORT_WEEKDAY + "\\z"),
            // "(Update 12:41 a.m. Tuesday in Cairo", "in the Guardian on 08.51 BST on Saturday 2 May 2009": a clock
            // joined by a space only where furniture starts it (not "will resume 9:30 a.m. Tuesday")
            Pattern.compile("(?:\\A|[|(,:;]|-LRB-|\\bUpdated?|\\bon)\\s*" + CLOCK + "\\s+(?:on\\s+)?" + SHORT_WEEKDAY + "\\z"),
            // "Updated: 3 June 2021", "Added: Tuesday, 19 January, 2010", "updated: Sun May 01 2011": a page label and a colon
            Pattern.compile("\\b(?:[Uu]pdated?|[Ll]ast updated|[Pp]osted|[Pp]ublished|First published|Added)\\s*:\\s*(?:" + ANY_CLOCK
                    + "\\s*,?\\s*)?" + SHORT_WEEKDAY + "\\z"),
            // "Page last updated at 08:58 GMT, Thursday, 24 June 2010"
            Pattern.compile("\\b[Uu]pdated\\s+at\\s+" + ANY_CLOCK + "\\s*,?\\s*" + SHORT_WEEKDAY + "\\z"));

    /** Patterns on the text after the date, each starting where the date ends. */
    private static final List<Pattern> AFTER = List.of(
            // "posted on Thursday, 28 May 2009 | comment on this post", "March 21, 2011 at 5:26 pm | Reply": a separator
            // bar is page furniture, never prose
            Pattern.compile("\\A\\s*[,;\\-\u2013\u2014]?\\s*(?:(?:at\\s+)?" + ANY_CLOCK + "\\s*)?\\|"),
            // "On Tue, 2 Mar 2021 at 10:02, Jane Doe <jane@example.org> wrote:", "on 3 March 2021, hill_walker62 wrote:":
            // a mail or forum quote header, told from prose ("On 3 June, the minister wrote:") by its clock, address
            // or user name
            Pattern.compile("\\A\\s*,?\\s*at\\s+" + ANY_CLOCK + "\\s*,?\\s*" + QUOTE_HEADER),
            Pattern.compile("\\A\\s*,\\s*[^.!?\\n|]{0,60}?(?:<[^>\\s]+@[^>\\s]+>|\\b[A-Za-z]*[\\d_][\\w.]*)\\s+wrote\\s*:"),
            // "9 November 2011 Last updated at 10:48 GMT"
            Pattern.compile("\\A\\s*,?\\s*(?:Last updated|Updated)\\b"),
            // "NAIROBI, March 3 (Reuters) - Kenya's central bank ...": a wire dateline, the day the story was filed
            Pattern.compile("\\A\\s*(?:\\(|-LRB-)\\s*(?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|PTI|IANS)\\b[^()]{0,30}?"
                    + "(?:\\)|-RRB-)\\s*[-\u2013\u2014]"),
            // "Wednesday 20 July 2005 09.33 BST", "Tuesday, January 11, 2011; 12:31 AM", "May 25, 2010 - 4:00 PM",
            // "24th June 2011 - 20:55", "By Ann Lee February 2, 2011: 2:24 PM ET": a clock right after the date (after
            // a dash, zone or am/pm may lack), where no preposition introduces the date (below)
            Pattern.compile("\\A\\s*(?:[,;:]?\\s*" + CLOCK + "|[\\-\u2013\u2014]\\s*" + ANY_CLOCK + ")"));
    private static final int CLOCK_AFTER = AFTER.size() - 1;
    /** A preposition that makes a date with a clock after it part of the sentence ("the vote on 3 June 2010 10:00 GMT"). */
    private static final Pattern DATE_PREPOSITION = Pattern.compile(
            "(?i:\\b(?:at|on|by|until|till|from|before|after|since|to|between|and|of|in))\\s+" + SHORT_WEEKDAY + "\\z");
    /** "Posted by Garry on May 1, 2005 09:36 PM": a comment footer, whose date does come after "on". */
    private static final Pattern POSTED_BY = Pattern.compile("\\b[Pp]osted by [^.!?|\\n]{1,40}?\\bon\\s+" + SHORT_WEEKDAY + "\\z");
    /** "At 4:13 pm on 28 May 2010, a reader wrote:", "At 15:45 25th Mar 2010, a reader wrote:": a header, clock first. */
    private static final Pattern CLOCK_ON = Pattern.compile("\\b[Aa]t\\s+" + ANY_CLOCK + "\\s+(?:on\\s+)?" + SHORT_WEEKDAY + "\\z");
    private static final Pattern WROTE = Pattern.compile("\\A\\s*,\\s*" + QUOTE_HEADER);

    /** How far before and after a date its stamp furniture is looked for. */
    private static final int WINDOW = 80;

    private PostingStamps() {
    }

    /**
     * Whether the text holds what every stamp pattern needs: a colon (labels, clocks, "wrote:"), a
     * clock's dot between digits, a bar, a bracket (datelines) or "updated". Most dates stand in
     * prose without one, and this spares them the patterns.
     */
    private static boolean hasFurniture(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '|' || c == '(' || (c == '.' && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                return true;
            }
        }
        return text.contains("-LRB-") || text.contains("pdated");
    }

    /**
     * The text of the date's line before it, at most {@link #WINDOW} characters, behind an ellipsis
     * when cut, so that a pattern's start of text is the start of a line.
     */
    private static String lineBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return lineStart >= start - WINDOW ? text.substring(lineStart, start) : "\u2026" + text.substring(start - WINDOW, start);
    }

    /**
     * Whether a mention found by {@code rule} may be a stamp at all: a stamp is written out, never
     * relative ("next Sunday morning, 11:00 a.m." announces a programme).
     */
    static boolean mayBeStamp(String rule, String text) {
        return STAMP_RULES.contains(rule) && (!rule.equals("weekday") || BARE_WEEKDAY.matcher(text).matches());
    }

    /** Whether the time expression at {@code span} of {@code text} is a posting stamp. */
    static boolean isStamp(String text, Span span) {
        String before = lineBefore(text, span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + WINDOW));
        if (!hasFurniture(before) && !hasFurniture(after)) {
            return false;
        }
        for (Pattern pattern : BEFORE) {
            if (pattern.matcher(before).find()) {
                return true;
            }
        }
        for (int i = 0; i < AFTER.size(); i++) {
            if (AFTER.get(i).matcher(after).find() && (i != CLOCK_AFTER || !DATE_PREPOSITION.matcher(before).find()
                    || POSTED_BY.matcher(before).find())) {
                return true;
            }
        }
        return CLOCK_ON.matcher(before).find() && WROTE.matcher(after).find();
    }
}
