/**
 * The HTTP server: a JSON API over stored collections of articles, the briefs computed from
 * them, and the web page that creates collections and shows their briefs. Collections persist
 * in an embedded H2 database behind {@link org.newsbrief.server.CollectionStore}; briefs are
 * computed in the background by {@link org.newsbrief.server.BriefService} with the same
 * {@link org.newsbrief.brief.BriefConfig} and pipeline as the command line.
 */
package org.newsbrief.server;
