/**
 * Reading articles from files, directories, JSON dumps, WARC archives and NIST/TREC SGML: the first stage.
 * {@link org.newsbrief.ingest.ArticleSources} walks inputs and hands each file to the
 * {@link org.newsbrief.ingest.ArticleReader} for its type. Readers never throw on bad data:
 * an unreadable, binary, empty or oversized input is skipped and recorded as an issue.
 */
package org.newsbrief.ingest;
