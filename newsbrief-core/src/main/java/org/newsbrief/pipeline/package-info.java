/**
 * The pipeline that runs the stages end to end: read inputs, analyse articles in parallel,
 * build the brief. Configuration is a {@link org.newsbrief.brief.BriefConfig}.
 */
package org.newsbrief.pipeline;
