/**
 * The distributed runner: briefs a whole news crawl on Apache Spark with exactly the steps of the
 * single-JVM pipeline. Files are read and articles analysed per partition (each partition builds
 * its own readers, analyser and brief builder from the serialised {@link
 * org.newsbrief.brief.BriefConfig}); near-identical articles are set aside by MinHash/LSH; the
 * clustering of {@link org.newsbrief.cluster.AverageLinkageClusterer} runs as Spark stages
 * (vocabulary, signatures, blocking, one merge per block of connected candidates) so that the
 * stories equal those of one JVM; each story is briefed where its articles meet. Bad records and
 * bad files are counted and sampled, never fatal.
 */
package org.newsbrief.spark;
