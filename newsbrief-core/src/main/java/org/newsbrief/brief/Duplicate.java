package org.newsbrief.brief;

import java.util.Objects;

/**
 * A near-identical copy of another article of the input (the same wire text republished or
 * crawled twice), set aside before clustering so that its story is briefed once per text.
 *
 * @param copy the copy, numbered from 1 among the copies
 * @param copyOf the id of the article briefed in its place
 */
public record Duplicate(BriefSource copy, String copyOf) {

    public Duplicate {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(copyOf, "copyOf");
    }
}
