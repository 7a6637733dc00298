package org.newsbrief.cluster;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Pairs the articles of one posting that {@linkplain AverageLinkageClusterer#meet meet} in time,
 * sorted by block so that the work grows with the pairs made, not with the square of the posting:
 * an undated article with every other, a dated one with those of its own and the next block.
 * Stateless.
 */
public final class TimeBlocks {

    /** Receives one pair, smaller index first. */
    @FunctionalInterface
    public interface PairSink {
        void pair(int a, int b);
    }

    private TimeBlocks() {
    }

    /** Hands every meeting pair of {@code members} (article indexes, {@code blocks[i]} the block of the i-th) to the sink once. */
    public static void pairs(int[] members, long[] blocks, PairSink sink) {
        Integer[] order = new Integer[members.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> blocks[i]).thenComparingInt(i -> members[i]));
        for (int i = 0; i < order.length; i++) {
            long block = blocks[order[i]];
            for (int j = i + 1; j < order.length; j++) {
                if (block != AverageLinkageClusterer.UNDATED && blocks[order[j]] > block + 1) {
                    break;
                }
                int a = members[order[i]];
                int b = members[order[j]];
                sink.pair(Math.min(a, b), Math.max(a, b));
            }
        }
    }
}
