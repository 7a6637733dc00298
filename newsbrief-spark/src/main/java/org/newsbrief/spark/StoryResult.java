package org.newsbrief.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One story as the job outputs it.
 *
 * @param rank its place in the collection (size descending, then first article), from 1
 * @param id {@code s} and its rank, as the CLI numbers stories
 * @param title the headline of its most central article
 * @param first the earliest publication date; nullable
 * @param last the latest publication date; nullable
 * @param articleIds its articles in input order
 * @param duplicates near-identical copies of its articles, set aside before clustering
 * @param brief the brief JSON, one line, as {@code newsbrief brief --format json} writes it; null
 *     for a single-article story, which the CLI lists rather than briefs
 */
record StoryResult(int rank, String id, String title, LocalDate first, LocalDate last, List<String> articleIds,
        List<String> duplicates, String brief) implements Serializable {
}
