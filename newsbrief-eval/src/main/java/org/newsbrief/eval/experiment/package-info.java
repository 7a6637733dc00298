/**
 * Experiments: run named summarizers over every cluster of a dataset, score them with ROUGE
 * under the dataset's standard protocol, and report means with bootstrap confidence intervals
 * beside the published numbers, in Markdown and JSON.
 */
package org.newsbrief.eval.experiment;
