package org.newsbrief.eval.dataset;

import java.util.List;

/**
 * The {@code --skip} / {@code --limit} window over a dataset's clusters (or a benchmark's
 * topics), so that every dataset a command reads is cut the same way: the first {@code skip}
 * items are left out, then at most {@code limit} are kept (0 for all). Immutable.
 *
 * @param skip items left out at the start, 0 for none
 * @param limit at most this many items after them, 0 for all
 */
public record ClusterSlice(int skip, int limit) {

    /** The whole dataset. */
    public static final ClusterSlice ALL = new ClusterSlice(0, 0);

    public ClusterSlice {
        if (skip < 0 || limit < 0) {
            throw new IllegalArgumentException("--skip and --limit must not be negative: --skip " + skip
                    + ", --limit " + limit);
        }
    }

    /** How many items a reader must read at most for this slice (0 for all). */
    public int readAtMost() {
        return limit == 0 ? 0 : skip + limit;
    }

    /**
     * The items of {@code all} this slice keeps, in order. A skip that leaves nothing fails
     * naming how many {@code what} there are, since no run can use an empty slice.
     */
    public <T> List<T> of(List<T> all, String what) {
        if (skip > 0 && skip >= all.size()) {
            throw new IllegalArgumentException("--skip " + skip + " leaves no " + what + ": there are " + all.size());
        }
        int end = limit == 0 ? all.size() : Math.min(all.size(), skip + limit);
        return List.copyOf(all.subList(skip, end));
    }
}
