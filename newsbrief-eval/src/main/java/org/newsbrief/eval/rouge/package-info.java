/**
 * ROUGE as the official ROUGE-1.5.5 script computes it: ROUGE-N, ROUGE-L and ROUGE-S/SU with
 * the script's tokenisation, length limits, stemming (WordNet exceptions, then its variant of
 * the Porter stemmer, on tokens longer than three characters), stop-word removal, clipping,
 * model averaging or best model, and its rounding of recall and precision to five decimals
 * before the F measure. Checked against the script's own numbers on 650 DUC 2004 cases.
 */
package org.newsbrief.eval.rouge;
