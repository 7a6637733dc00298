/**
 * Facts: quantities reported in sentences (value, interval, modifier, counted thing, concept)
 * and their reconciliation across outlets into key figures that agree, are compatible, or
 * conflict.
 */
package org.newsbrief.facts;
