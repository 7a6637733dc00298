/**
 * Quantity extraction against NewsQuant (Almasian et al., EMNLP 2023): the gold file, a fixed
 * dev / held-out split, and two matching protocols, CQE's own and a strict one-to-one one.
 */
package org.newsbrief.eval.quantity;
