package org.newsbrief.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.newsbrief.model.Document;

/**
 * The near-duplicate fingerprint of one article: hashes of its five-word shingles (lower case,
 * letters and digits) with a MinHash sketch cut into LSH bands, and its date. Two articles are
 * near-identical when the Jaccard similarity of their shingle sets reaches the threshold and
 * they were published within {@link #WINDOW_DAYS} of each other (or one is undated): the same
 * wire copy republished, not the same text a year later. Immutable; deterministic (fixed seeds).
 *
 * @param hashes the shingle hashes, sorted and distinct
 * @param date the publication date; nullable
 */
public record Shingles(int[] hashes, LocalDate date) implements Serializable {

    /** Words per shingle. */
    public static final int WORDS = 5;
    /** LSH bands of {@link #ROWS} MinHash rows each: a pair at Jaccard 0.9 shares a band with probability 0.989, at 0.95 0.9998. */
    public static final int BANDS = 8;
    public static final int ROWS = 8;
    /** Copies are published within this many days of each other. */
    public static final int WINDOW_DAYS = 14;

    /** The fingerprint of an analysed article's cleaned text. */
    public static Shingles of(Document document) {
        String[] words = document.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        int count = words.length == 0 ? 0 : Math.max(1, words.length - WORDS + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = String.join(" ", Arrays.copyOfRange(words, i, Math.min(words.length, i + WORDS))).hashCode();
        }
        return new Shingles(Arrays.stream(hashes).sorted().distinct().toArray(), document.article().published());
    }

    /** The LSH band keys of the MinHash sketch: articles sharing one are candidates; none when empty. */
    public long[] bandKeys() {
        if (hashes.length == 0) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                int seed = band * ROWS + row;
                int min = Integer.MAX_VALUE;
                for (int hash : hashes) {
                    min = Math.min(min, mix(hash ^ (0x9E3779B9 * (seed + 1))));
                }
                key = key * 1_000_003L + min;
            }
            keys[band] = key;
        }
        return keys;
    }

    /** Whether the other article is a near-identical copy of this one at the threshold. */
    public boolean nearIdentical(Shingles other, double threshold) {
        if (date != null && other.date != null && Math.abs(ChronoUnit.DAYS.between(date, other.date)) > WINDOW_DAYS) {
            return false;
        }
        return jaccard(other) >= threshold;
    }

    /** Jaccard similarity of the two shingle sets. */
    public double jaccard(Shingles other) {
        int common = 0;
        for (int i = 0, j = 0; i < hashes.length && j < other.hashes.length;) {
            if (hashes[i] == other.hashes[j]) {
                common++;
                i++;
                j++;
            } else if (hashes[i] < other.hashes[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = hashes.length + other.hashes.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }
}
