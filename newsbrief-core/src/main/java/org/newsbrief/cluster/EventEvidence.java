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
            List<byte[]> words = new ArrayList<>(tokens.size());
            for (String token : tokens) {
                String number = specificNumber(token);
                if (number != null) {
                    items = grow(items, size);
                    items[size++] = hash("#" + number);
                }
                if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(token.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                long shingle = shingleHash(words, i);
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
        int keptSize = 0;
        for (int i = 0; i < total;) {
            int j = i;
            while (j < total && all[j] == all[i]) {
                j++;
            }
            if (j - i >= 2 && j - i <= rareDf) {
                all[keptSize++] = all[i];
            }
            i = j;
        }
        ItemSet rare = new ItemSet(all, keptSize);
        List<long[]> out = new ArrayList<>(items.size());
        for (long[] article : items) {
            long[] kept = new long[article.length];
            int size = 0;
            for (long item : article) {
                if (rare.contains(item)) {
                    kept[size++] = item;
                }
            }
            out.add(size == 0 ? NONE : Arrays.copyOf(kept, size));
        }
        return out;
    }

    /** A set of items by open addressing (a lookup per item of a large collection: no boxing, no binary search). */
    private static final class ItemSet {
        private final long[] slots;
        private final boolean[] used;
        private final int mask;

        ItemSet(long[] items, int size) {
            int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
            slots = new long[capacity];
            used = new boolean[capacity];
            mask = capacity - 1;
            for (int i = 0; i < size; i++) {
                int slot = slot(items[i]);
                while (used[slot] && slots[slot] != items[i]) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = items[i];
                used[slot] = true;
            }
        }

        boolean contains(long item) {
            for (int slot = slot(item); used[slot]; slot = (slot + 1) & mask) {
                if (slots[slot] == item) {
                    return true;
                }
            }
            return false;
        }

        private int slot(long item) {
            long mixed = item * 0x9e3779b97f4a7c15L;
            return (int) (mixed >>> 32) & mask;
        }
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
        return fnv(FNV_OFFSET, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of the {@value #SHINGLE} words from {@code from} joined by single spaces, as {@link
     * #hash} gives it for the joined text, without building the text.
     */
    static long shingleHash(List<byte[]> words, int from) {
        long hash = fnv(FNV_OFFSET, words.get(from));
        for (int i = from + 1; i < from + SHINGLE; i++) {
            hash = fnv((hash ^ ' ') * FNV_PRIME, words.get(i));
        }
        return hash;
    }

    private static long fnv(long hash, byte[] bytes) {
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
