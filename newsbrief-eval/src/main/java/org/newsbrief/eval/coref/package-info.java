/**
 * Cross-document entity coreference: the ECB+ entity mentions of selected sentences with their
 * gold chains, the MUC, B-cubed, CEAF-e and CoNLL scores of a predicted grouping, and the
 * benchmark of newsbrief's name grouping and mention sieve against a same-head-lemma baseline.
 */
package org.newsbrief.eval.coref;
