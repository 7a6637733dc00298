package org.newsbrief.eval.rouge;

import java.util.Locale;

/**
 * ROUGE options, named after the official script's flags.
 *
 * @param maxN {@code -n}: ROUGE-1 up to ROUGE-maxN; 0 for none
 * @param stem {@code -m}: WordNet exceptions then Porter stemming of tokens longer than 3 characters
 * @param removeStopWords {@code -s}: drop the SMART stop words
 * @param wordLimit {@code -l}: keep the first N words of each summary; 0 for no limit
 * @param byteLimit {@code -b}: keep the first N bytes of each summary; 0 for no limit
 * @param lcs ROUGE-L, unless {@code -x}
 * @param skipGap {@code -2}: ROUGE-S with this maximum gap (negative: unlimited); null for none
 * @param skipUnigrams {@code -u}: count unigrams in ROUGE-S (ROUGE-SU)
 * @param bestModel {@code -f B} (best model) instead of {@code -f A} (model average)
 * @param alpha {@code -p}: weight of precision against recall in F
 * @param confidence {@code -c}: confidence level of intervals, in percent
 * @param resamples {@code -r}: bootstrap resamples
 */
public record RougeOptions(int maxN, boolean stem, boolean removeStopWords, int wordLimit, int byteLimit, boolean lcs,
        Integer skipGap, boolean skipUnigrams, boolean bestModel, double alpha, double confidence, int resamples) {

    public RougeOptions {
        if (maxN < 0 || wordLimit < 0 || byteLimit < 0 || resamples < 1) {
            throw new IllegalArgumentException("ROUGE counts must not be negative");
        }
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("give -l or -b, not both");
        }
        if (alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("-p must be in [0, 1]: " + alpha);
        }
        if (confidence <= 0 || confidence >= 100) {
            throw new IllegalArgumentException("-c must be in (0, 100): " + confidence);
        }
        if (skipUnigrams && skipGap == null) {
            throw new IllegalArgumentException("-u needs -2");
        }
    }

    /** The DUC 2004 protocol of Hong et al. 2014: {@code -n 4 -m -l 100 -x -f A -p 0.5 -t 0}. */
    public static RougeOptions duc2004() {
        return parse("-n 4 -m -l 100 -x -f A -p 0.5 -t 0");
    }

    /**
     * Parses official flags, for example {@code "-n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0"}.
     * Flags that only steer the script's output ({@code -a -d -e -v -t 0 -z}) are accepted and ignored.
     */
    public static RougeOptions parse(String flags) {
        String[] parts = flags.strip().isEmpty() ? new String[0] : flags.strip().split("\\s+");
        Builder b = new Builder();
        for (int i = 0; i < parts.length; i++) {
            String flag = parts[i];
            switch (flag) {
                case "-n" -> b.maxN = Integer.parseInt(value(parts, ++i, flag));
                case "-m" -> b.stem = true;
                case "-s" -> b.removeStopWords = true;
                case "-l" -> b.wordLimit = Integer.parseInt(value(parts, ++i, flag));
                case "-b" -> b.byteLimit = Integer.parseInt(value(parts, ++i, flag));
                case "-x" -> b.lcs = false;
                case "-2" -> b.skipGap = Integer.parseInt(value(parts, ++i, flag));
                case "-u" -> b.skipUnigrams = true;
                case "-f" -> b.bestModel = parseFormula(value(parts, ++i, flag));
                case "-p" -> b.alpha = Double.parseDouble(value(parts, ++i, flag));
                case "-c" -> b.confidence = Double.parseDouble(value(parts, ++i, flag));
                case "-r" -> b.resamples = Integer.parseInt(value(parts, ++i, flag));
                case "-t" -> requireSentenceAveraging(value(parts, ++i, flag));
                case "-e", "-z" -> value(parts, ++i, flag);
                case "-a", "-d", "-v" -> { }
                default -> throw new IllegalArgumentException("unsupported ROUGE flag " + flag
                        + "; supported: -n -m -s -l -b -x -2 -u -f -p -c -r -t 0 (and -a -d -e -v -z, ignored)");
            }
        }
        return new RougeOptions(b.maxN, b.stem, b.removeStopWords, b.wordLimit, b.byteLimit, b.lcs, b.skipGap,
                b.skipUnigrams, b.bestModel, b.alpha, b.confidence, b.resamples);
    }

    /** The name the script prints for the skip-bigram metric: ROUGE-SU4, ROUGE-S*, ... */
    public String skipMetricName() {
        String gap = skipGap < 0 ? "*" : String.valueOf(skipGap);
        return "ROUGE-S" + (skipUnigrams ? "U" : "") + gap;
    }

    /** Back to flags, for reports. */
    public String flags() {
        StringBuilder out = new StringBuilder();
        if (maxN > 0) {
            out.append("-n ").append(maxN).append(' ');
        }
        if (skipGap != null) {
            out.append("-2 ").append(skipGap).append(skipUnigrams ? " -u " : " ");
        }
        out.append(stem ? "-m " : "").append(removeStopWords ? "-s " : "");
        out.append(wordLimit > 0 ? "-l " + wordLimit + " " : "").append(byteLimit > 0 ? "-b " + byteLimit + " " : "");
        out.append(lcs ? "" : "-x ").append("-c ").append(fmt(confidence)).append(" -r ").append(resamples);
        return out.append(" -f ").append(bestModel ? "B" : "A").append(" -p ").append(fmt(alpha)).append(" -t 0").toString();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private static String value(String[] parts, int i, String flag) {
        if (i >= parts.length) {
            throw new IllegalArgumentException("ROUGE flag " + flag + " needs a value");
        }
        return parts[i];
    }

    private static boolean parseFormula(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "A" -> false;
            case "B" -> true;
            default -> throw new IllegalArgumentException("-f takes A or B, not " + value);
        };
    }

    private static void requireSentenceAveraging(String value) {
        if (!value.equals("0")) {
            throw new IllegalArgumentException("only -t 0 (average per summary) is supported, not -t " + value);
        }
    }

    private static final class Builder {
        int maxN;
        boolean stem;
        boolean removeStopWords;
        int wordLimit;
        int byteLimit;
        boolean lcs = true;
        Integer skipGap;
        boolean skipUnigrams;
        boolean bestModel;
        double alpha = 0.5;
        double confidence = 95;
        int resamples = 1000;
    }
}
