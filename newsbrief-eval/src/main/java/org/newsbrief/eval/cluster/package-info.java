/** Clustering metrics: B-cubed and pairwise precision, recall and F1 against gold stories. */
package org.newsbrief.eval.cluster;
