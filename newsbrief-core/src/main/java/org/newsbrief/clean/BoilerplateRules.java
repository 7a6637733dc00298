package org.newsbrief.clean;

import java.util.List;
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

    /**
     * A dateline opening a paragraph: "ALEPPO —", "BEIRUT, Lebanon (AP) _", "WASHINGTON (Reuters) -".
     * A plain hyphen counts only after an agency, so "US - Russian talks" stays.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\- ]{1,30}(, [A-Z][\\p{L}.]+( [A-Z][\\p{L}.]+)?)?\\s*"
                    + "(\\((AP|AFP|Reuters|UPI|Xinhua)\\)\\s*(\u2014|\u2013|--|_|-)|(\u2014|\u2013|--|_))\\s+");

    private static final int HEADING_MAX_WORDS = 8;

    private BoilerplateRules() {
    }

    static boolean isFurniture(String line) {
        return matchesAny(FURNITURE, line) || matchesAny(CAPTIONS, line) || matchesAny(BYLINES, line);
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
