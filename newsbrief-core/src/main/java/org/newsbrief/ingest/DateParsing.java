package org.newsbrief.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in article metadata: ISO dates and date-times,
 * RFC 1123 ("Sun, 27 Nov 2016 10:00:00 GMT"), "November 27, 2016", "27 November 2016" and
 * compact "20161127". The calendar date is taken as written, in the writer's own time zone.
 * Stateless and thread-safe.
 */
public final class DateParsing {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"), formatter("MMMM d uuuu"), formatter("MMM. d, uuuu"));

    private DateParsing() {
    }

    /** The calendar date written in {@code value}, if it holds one. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.isEmpty() || text.length() > 100) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return ofFields(iso.group(1), iso.group(2), iso.group(3));
        }
        Optional<LocalDate> rfc = tryParse(() -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        if (rfc.isPresent()) {
            return rfc;
        }
        Optional<LocalDate> offset = tryParse(() -> OffsetDateTime.parse(text).toLocalDate());
        if (offset.isPresent()) {
            return offset;
        }
        String cleaned = text.replaceFirst("^(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", "")
                .replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "")
                .replaceAll("\\s+", " ");
        for (DateTimeFormatter format : TEXT_FORMATS) {
            Optional<LocalDate> parsed = tryParsePrefix(cleaned, format);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.find()) {
            return ofFields(compact.group(1) + compact.group(2), compact.group(3), compact.group(4));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryParsePrefix(String text, DateTimeFormatter format) {
        // Dates are often followed by a time ("November 27, 2016 10:42 AM"): try shorter prefixes.
        String[] words = text.split(" ");
        for (int n = Math.min(words.length, 4); n >= 2; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
            Optional<LocalDate> parsed = tryParse(() -> LocalDate.parse(candidate, format));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ofFields(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> tryParse(java.util.function.Supplier<LocalDate> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
