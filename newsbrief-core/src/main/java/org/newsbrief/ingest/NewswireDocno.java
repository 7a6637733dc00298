package org.newsbrief.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a NIST/LDC document number says about its document: the agency prefix names the outlet
 * and the digits after it give the date of the wire. Stateless and thread-safe.
 *
 * <p>The rule for the date: letters, an optional LDC language part ({@code _ENG_}), then
 * <ul>
 *   <li>eight digits, read as {@code yyyymmdd} for any prefix ({@code APW19981016.0240},
 *       {@code NYT19981017.0177}, {@code XIE19980304.0061}, {@code AFP_ENG_20050101.0001});</li>
 *   <li>six digits, read only for the TREC disk sources known to write them: {@code yymmdd} for
 *       {@code AP880212-0001} and {@code WSJ870324-0001}, {@code mmddyy} for {@code LA010189-0001};</li>
 *   <li>anything else ({@code FT911-1}, {@code FBIS3-1}) or an impossible date: no date.</li>
 * </ul>
 * The outlet comes from {@link #OUTLETS}; an unknown prefix is kept as written ({@code SJMN}).
 */
public final class NewswireDocno {

    /** The agencies of the NIST collections (TREC disks, TDT, AQUAINT, DUC, Gigaword). */
    static final Map<String, String> OUTLETS = Map.ofEntries(
            Map.entry("APW", "Associated Press"), Map.entry("AP", "Associated Press"),
            Map.entry("NYT", "New York Times"), Map.entry("XIE", "Xinhua"), Map.entry("XIN", "Xinhua"),
            Map.entry("AFP", "Agence France-Presse"), Map.entry("LTW", "Los Angeles Times/Washington Post"),
            Map.entry("WSJ", "Wall Street Journal"), Map.entry("LA", "Los Angeles Times"),
            Map.entry("FT", "Financial Times"), Map.entry("FBIS", "Foreign Broadcast Information Service"),
            Map.entry("CNA", "Central News Agency"), Map.entry("CNN", "CNN"), Map.entry("ABC", "ABC News"),
            Map.entry("NBC", "NBC News"), Map.entry("MNB", "MSNBC"), Map.entry("PRI", "Public Radio International"),
            Map.entry("VOA", "Voice of America"));

    private static final Pattern PREFIX = Pattern.compile("^([A-Za-z]+)(?:_[A-Za-z]{3}_)?");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern SIX_DIGITS = Pattern.compile("^(\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private NewswireDocno() {
    }

    /** The outlet named by the DOCNO's agency prefix; empty when it has no letters in front. */
    public static Optional<String> outlet(String docno) {
        Matcher prefix = PREFIX.matcher(docno.strip());
        if (!prefix.find()) {
            return Optional.empty();
        }
        String agency = prefix.group(1).toUpperCase(java.util.Locale.ROOT);
        return Optional.of(OUTLETS.getOrDefault(agency, agency));
    }

    /** The date written in the DOCNO by the rule in the class comment. */
    public static Optional<LocalDate> date(String docno) {
        Matcher prefix = PREFIX.matcher(docno.strip());
        if (!prefix.find()) {
            return Optional.empty();
        }
        String agency = prefix.group(1).toUpperCase(java.util.Locale.ROOT);
        String digits = docno.strip().substring(prefix.end());
        Matcher eight = EIGHT_DIGITS.matcher(digits);
        if (eight.find()) {
            return of(eight.group(1), eight.group(2), eight.group(3));
        }
        Matcher six = SIX_DIGITS.matcher(digits);
        if (!six.find()) {
            return Optional.empty();
        }
        return switch (agency) {
            case "AP", "WSJ" -> of("19" + six.group(1), six.group(2), six.group(3));
            case "LA" -> of("19" + six.group(3), six.group(1), six.group(2));
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
