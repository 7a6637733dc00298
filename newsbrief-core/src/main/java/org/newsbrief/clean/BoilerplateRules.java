package org.newsbrief.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line rules of {@link NewsTextCleaner}, as data: which whole lines are page furniture,
 * and which line openings are datelines. Each rule names the text that motivated it in the
 * tests. Stateless and thread-safe.
 */
final class BoilerplateRules {

    /** Whole lines that are furniture: share bars, ad labels, link list headings, sign-ups. */
    private static final List<Pattern> FURNITURE = List.of(
            line("(share|tweet|email|print|save|comment)s?( (this|the))?( (article|story|page))?( (on|via) \\w+)?"),
            line("(share|follow us) on (facebook|twitter|x|whatsapp|linkedin|email).*"),
            line("advertisements?|sponsored( content)?|promoted( stories)?|ad"),
            line("(other|more|latest|related|top|trending|recommended) (news|stories|articles|content|videos?)"),
            line("(related|see also|read more|read next|more on this|also read)( stories| articles)?:?.*"),
            line("(click|tap) here.*|sign up.*newsletter.*|subscribe( now| to .*)?|skip to (main )?content"),
            line("(\\u00A9|\\(c\\)|copyright).{0,120}"),
            line("all rights reserved.?"),
            line("(image|photo|picture|video) (copyright|caption|source).*"));

    /** Photo captions: credit in brackets at the end, or a caption label at the start. */
    private static final List<Pattern> CAPTIONS = List.of(
            Pattern.compile("(?i).*\\((afp|ap|reuters|getty( images)?|epa|sana|anadolu|file|xinhua)[^)]{0,30}"
                    + "(photo|image|picture|pic)s?[^)]{0,20}\\)\\s*\\.?$"),
            Pattern.compile("(?i).*\\((photo|image|picture)( credit)?:?[^)]{0,60}\\)\\s*\\.?$"),
            Pattern.compile("(?i)^(photo|image|picture|photograph|caption|file photo)\\s*[:|-].*"));

    /** Bylines and credits. */
    private static final List<Pattern> BYLINES = List.of(
            Pattern.compile("^By [A-Z][\\p{L}'.-]+( [A-Z][\\p{L}'.-]+){0,3}"
                    + "(( and|,) [A-Z][\\p{L}'.-]+( [A-Z][\\p{L}'.-]+){0,3})*([,|] [A-Z][\\p{L}.&' -]{0,40})?(?<!\\.)$"),
            Pattern.compile("(?i)^(\\(?)(reporting|writing|editing|additional reporting|compiled|produced)"
                    + " by .{0,120}$"));

    /** The news agencies whose name stands in brackets in a dateline: "WASHINGTON (Reuters) -". */
    static final String AGENCIES = "AP|AFP|Reuters|UPI|Xinhua";

    /**
     * A dateline opening a paragraph: "ALEPPO —", "BEIRUT, Lebanon (AP) _", "WASHINGTON (Reuters) -", "Cairo (CNN) --".
     * A plain hyphen counts only after an agency, so "US - Russian talks" stays.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z.'\\- ]{1,30}(, [A-Z][\\p{L}.]+( [A-Z][\\p{L}.]+)?)?\\s*"
                    + "(\\((" + AGENCIES + ")\\)\\s*(\u2014|\u2013|--|_|-)|(\u2014|\u2013|--|_))"
                    // "Cairo (CNN) --", "San Diego, California (Reuters) -": a place as the web pages write it, then the credit
                    + "|[A-Z][\\p{L}.'\\-]*( [A-Z][\\p{L}.'\\-]*){0,3}(, [A-Z][\\p{L}.]+( [A-Z][\\p{L}.]+)?)?\\s*"
                    + "\\((CNN|" + AGENCIES + ")\\)\\s*(\u2014|\u2013|--|_|-))\\s+");

    /**
     * Newswire sign-off lines (AP, as in the DUC documents): the desk editors' initials closing a
     * story, "(kb-rt)", "(jd/lm/ )", "(wpt)". Matched on the whole line and case-sensitive, since a
     * bracketed lower-case word alone on a line is no sentence. (Transmission stamps such as
     * "NYT-03-14-99 2210EDT" stand alone on a line without a sentence end and go as headings.)
     */
    private static final List<Pattern> WIRE_FURNITURE = List.of(
            Pattern.compile("^\\(\\s*[a-z]{1,5}(\\s*[-/]\\s*[a-z]{0,5})*\\s*\\)$"));

    /**
     * Editors' notes inside a paragraph, removed wherever they stand: a bracketed upper-case note
     * with an editing word, "(OPTIONAL TRIM BEGINS HERE)", "(END OPTIONAL TRIM)", "(EDS: RECASTS)",
     * "(MORE)" (the take goes on in the next transmission).
     */
    private static final Pattern EDITOR_NOTE = Pattern.compile(
            "\\((?=[^)]{0,80}\\b(OPTIONAL|TRIM|MORE|END|ENDS|EDS|EDITORS|CORRECTS|REPEATS|ADDS|UPDATES|RECASTS)\\b)"
                    + "[A-Z0-9][A-Z0-9 .,:;'&/-]{1,80}\\)");

    /**
     * The pick-up note that ends a wire take: the first words of the paragraph the next version
     * resumes at, then its position in the previous version ("The senators, 4th graf pvs",
     * "Talks broke off, pickup 7th pvs", "The mayor, graf 12 pvs", "In Ohio, 3rd graf, 2nd Ld-Writethru").
     * It stands at the end of a paragraph, after a sentence end or alone, and holds no sentence end.
     */
    private static final Pattern PICKUP_NOTE = Pattern.compile(
            "(?:^|(?<=[.!?\"']\\s))[^.!?]{0,60},\\s*(?:pickup\\s+)?(?:\\d{1,2}(?:st|nd|rd|th),?\\s+(?:graf|pvs|prv)"
                    + "|graf\\s+\\d{1,2})\\b[^.!?]{0,40}\\.?\\s*$");

    /** "MORE" closing a paragraph after a sentence end: the take continues in the next transmission. */
    private static final Pattern TRAILING_MORE = Pattern.compile("(?<=[.!?\"'])\\s+\\(?MORE\\)?$");

    private static final int HEADING_MAX_WORDS = 8;

    private BoilerplateRules() {
    }

    static boolean isFurniture(String line) {
        return matchesAny(FURNITURE, line) || matchesAny(CAPTIONS, line) || matchesAny(BYLINES, line)
                || matchesAny(WIRE_FURNITURE, line);
    }

    /**
     * The line without the editors' notes that newswire leaves inside a paragraph: bracketed
     * notes ({@link #EDITOR_NOTE}), a closing pick-up note ({@link #PICKUP_NOTE}) or "MORE"; empty
     * when nothing else is left.
     */
    static String withoutEditorNotes(String line) {
        String out = line;
        if (out.indexOf('(') >= 0) { // every editing word is three capitals or more: no pattern scan without them
            out = (hasUpperCaseRun(out) ? withoutBracketedNotes(out) : out).strip();
        }
        if (out.contains("graf") || out.contains("pvs") || out.contains("prv")) {
            out = PICKUP_NOTE.matcher(out).replaceFirst("").strip();
        }
        if (out.endsWith("MORE") || out.endsWith("MORE)")) {
            out = TRAILING_MORE.matcher(out).replaceFirst("");
        }
        return out;
    }

    /**
     * The line without its {@link #EDITOR_NOTE}s and the white space before each, the pattern tried
     * only at each opening bracket (a scan of the whole line from every position made long lines slow).
     */
    private static String withoutBracketedNotes(String line) {
        Matcher note = EDITOR_NOTE.matcher(line);
        StringBuilder out = null;
        int from = 0;
        for (int i = line.indexOf('('); i >= 0; i = line.indexOf('(', i + 1)) {
            if (note.region(i, line.length()).lookingAt()) {
                int start = i;
                while (start > from && Character.isWhitespace(line.charAt(start - 1))) {
                    start--;
                }
                out = (out == null ? new StringBuilder(line.length()) : out).append(line, from, start);
                from = note.end();
                i = from - 1;
            }
        }
        return out == null ? line : out.append(line, from, line.length()).toString();
    }

    /** Whether the line holds three upper-case letters in a row, as each of {@link #EDITOR_NOTE}'s words does. */
    private static boolean hasUpperCaseRun(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) >= 'A' && line.charAt(i) <= 'Z' ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    static boolean isByline(String line) {
        return matchesAny(BYLINES, line);
    }

    /** A short line that does not end like a sentence: a sub-heading or a link label. */
    static boolean isHeading(String line) {
        if (line.split(" ").length > HEADING_MAX_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"')".indexOf(last) < 0;
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern line(String regex) {
        return Pattern.compile("(?i)^\\W*(" + regex + ")\\W*$");
    }
}
