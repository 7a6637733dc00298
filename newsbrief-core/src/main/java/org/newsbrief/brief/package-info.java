/**
 * The brief of one story (summary with citations, sources, issues, run information) and the
 * writers that render it as Markdown, JSON and a self-contained HTML page.
 */
package org.newsbrief.brief;
