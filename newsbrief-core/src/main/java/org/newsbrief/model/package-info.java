/**
 * The immutable data model shared by every stage: articles as read, analysed documents with
 * traceable sentence spans, issues raised by bad input, summaries and briefs.
 *
 * <p>Records validate their arguments in compact constructors and throw
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException} naming the
 * bad value. Collections never contain {@code null}. Fields documented as nullable are exposed
 * as {@link java.util.Optional} by accessor methods.
 */
package org.newsbrief.model;
