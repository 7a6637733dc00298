package org.newsbrief.eval.experiment;

/**
 * How one summarizer's per-cluster scores differ from another's on the same clusters: the mean
 * difference with a percentile bootstrap interval over clusters (paired: a resample draws whole
 * clusters, so both systems see the same ones), and on how many clusters each side is ahead. A
 * paired interval is much narrower than the two systems' own intervals, which overlap whenever the
 * clusters vary more than the systems do; it is the one to read when deciding whether a gain is real.
 *
 * @param difference mean of {@code a - b} over clusters, with its interval
 * @param ahead clusters where {@code a} scores higher
 * @param behind clusters where {@code a} scores lower
 */
public record PairedDifference(MeanScore difference, int ahead, int behind) {

    /** {@code a - b}, cluster by cluster; both arrays in the same cluster order. */
    public static PairedDifference of(double[] a, double[] b, double confidence, int resamples) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired scores need the same clusters: " + a.length + " vs " + b.length);
        }
        double[] differences = new double[a.length];
        int ahead = 0;
        int behind = 0;
        for (int i = 0; i < a.length; i++) {
            differences[i] = a[i] - b[i];
            ahead += differences[i] > 0 ? 1 : 0;
            behind += differences[i] < 0 ? 1 : 0;
        }
        return new PairedDifference(MeanScore.of(differences, confidence, resamples), ahead, behind);
    }
}
