/**
 * Near-duplicate detection: the same wire copy or page crawled twice, found by MinHash/LSH on
 * word shingles and confirmed by exact Jaccard similarity, so that a stream is clustered and
 * briefed once per text while every copy stays listed.
 */
package org.newsbrief.dedup;
