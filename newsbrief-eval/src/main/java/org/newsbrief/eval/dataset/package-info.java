/**
 * Evaluation datasets as clusters of articles with reference summaries: DUC (NIST SGML plus
 * model summaries), Multi-News JSON Lines, and a generic JSON Lines cluster format that users
 * can write for their own data (see docs/datasets.md).
 */
package org.newsbrief.eval.dataset;
