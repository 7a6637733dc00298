package org.newsbrief.eval.rouge;

/**
 * The 48-bit linear congruential generator behind Perl's {@code srand}/{@code rand} (Perl's own
 * drand48 since 5.20, the C library's on Linux before): seeding with {@code s} sets the state to
 * {@code s << 16 | 0x330E}, each draw is {@code state * 0x5DEECE66D + 0xB mod 2^48}, divided by
 * 2^48. ROUGE-1.5.5 reseeds it with the resample's index for every bootstrap resample, so
 * drawing exactly as it does reproduces its printed averages and intervals. Not thread-safe:
 * one instance per resample.
 */
final class Drand48 {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double TWO_TO_48 = 0x1p48;

    private long state;

    /** Perl's {@code srand(seed)}: the seed is taken as an unsigned 32-bit integer. */
    Drand48(long seed) {
        state = ((seed & 0xFFFF_FFFFL) << 16) | 0x330EL;
    }

    /** Perl's {@code rand()}: the next value in [0, 1). */
    double next() {
        state = (state * MULTIPLIER + INCREMENT) & MASK;
        return state / TWO_TO_48;
    }

    /** Perl's {@code int(rand(n))} for a positive {@code n}. */
    int nextIndex(int n) {
        return (int) (n * next());
    }
}
