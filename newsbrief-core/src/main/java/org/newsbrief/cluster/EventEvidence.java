package org.newsbrief.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Event-specific evidence of an article: what reports of the same event share and reports of
 * another event on the same subject do not. Two kinds of items, each hashed to 64 bits: the
 * article's specific numbers ("1,700", "250,000", "6.1"; not years 1900-2099 and not whole
 * numbers under 10) and its word {@value #SHINGLE}-grams (lower-cased words inside a sentence:
 * outlets quote the same statement), of which one in {@code sampling} is kept by its hash (the
 * same ones in every article, so a shared sequence stays shared) and at most {@value #MAX_ITEMS}
 * items in all, the smallest hashes (one order for every article, so that two long articles tend to
 * keep the same shared items).
 *
 * <p>Only <em>rare</em> items count as evidence: those held by at least 2 and at most {@code
 * rareDf} articles of the collection ({@link #rare}), counted over the whole collection as the
 * vocabulary's document frequencies are; boilerplate shared by many pages and common figures drop
 * out. Per article the items are computed once, bounded in size; a pair's evidence ({@link #shared})
 * depends on the two articles' rare items alone. Stateless.
 */
public final class EventEvidence {

    /** Words per shingle. */
    public static final int SHINGLE = 4;
    /** The most items an article keeps (numbers and sampled shingles together). */
    public static final int MAX_ITEMS = 256;
    /** No evidence. */
    public static final long[] NONE = new long[0];

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private EventEvidence() {
    }

    /** The items of one analysed article, sorted and distinct; one shingle in {@code sampling} is kept. */
    public static long[] items(Document document, int sampling) {
        List<List<String>> sentences = new ArrayList<>(document.sentences().size());
        for (Sentence sentence : document.sentences()) {
            sentences.add(sentence.tokens());
        }
        return items(sentences, sampling);
    }

    /** The items of an article given the tokens of each sentence (see {@link #items(Document, int)}). */
    static long[] items(List<List<String>> sentences, int sampling) {
        if (sampling < 1) {
            throw new IllegalArgumentException("sampling must be >= 1: " + sampling);
        }
        long[] items = new long[64];
        int size = 0;
        for (List<String> tokens : sentences) {
            List<String> words = new ArrayList<>(tokens.size());
            for (String token : tokens) {
                String number = specificNumber(token);
                if (number != null) {
                    items = grow(items, size);
                    items[size++] = hash("#" + number);
                }
                if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(token.toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                long shingle = hash(String.join(" ", words.subList(i, i + SHINGLE)));
                if (Long.remainderUnsigned(shingle, sampling) == 0) {
                    items = grow(items, size);
                    items[size++] = shingle;
                }
            }
        }
        long[] distinct = Arrays.stream(items, 0, size).sorted().distinct().toArray();
        return distinct.length <= MAX_ITEMS ? distinct : Arrays.copyOf(distinct, MAX_ITEMS);
    }

    /**
     * The number a token states when it is specific enough to tell events apart, normalised
     * ("1,700" -> "1700"), or null: not a number, a year (1900-2099) or a whole number under 10.
     */
    static String specificNumber(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(0)) || !NUMBER.matcher(token).matches()) {
            return null;
        }
        String plain = token.indexOf(',') >= 0 && token.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? token.replace(",", "") : token;
        if (plain.matches("\\d+")) {
            if (plain.length() == 1) {
                return null;
            }
            if (plain.length() == 4 && (plain.startsWith("19") || plain.startsWith("20"))) {
                return null;
            }
        }
        return plain;
    }

    /**
     * Each article's rare items: those held by at least 2 and at most {@code rareDf} of the
     * articles (their document frequency over {@code items}, the whole collection).
     */
    public static List<long[]> rare(List<long[]> items, int rareDf) {
        int total = 0;
        for (long[] article : items) {
            total += article.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] article : items) {
            System.arraycopy(article, 0, all, at, article.length);
            at += article.length;
        }
        Arrays.sort(all);
        long[] kept = new long[total];
        int keptSize = 0;
        for (int i = 0; i < total;) {
            int j = i;
            while (j < total && all[j] == all[i]) {
                j++;
            }
            if (j - i >= 2 && j - i <= rareDf) {
                kept[keptSize++] = all[i];
            }
            i = j;
        }
        long[] rare = Arrays.copyOf(kept, keptSize);
        List<long[]> out = new ArrayList<>(items.size());
        for (long[] article : items) {
            out.add(Arrays.stream(article).filter(item -> Arrays.binarySearch(rare, item) >= 0).toArray());
        }
        return out;
    }

    /** The number of items two sorted item sets share. */
    public static int shared(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static long[] grow(long[] items, int size) {
        return size < items.length ? items : Arrays.copyOf(items, items.length * 2);
    }

    /** FNV-1a over the UTF-8 bytes: the same in every JVM. */
    static long hash(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
