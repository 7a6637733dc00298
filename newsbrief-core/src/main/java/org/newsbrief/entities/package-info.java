/**
 * Names: mentions of people, places and organisations found as proper-noun sequences, and
 * their grouping into entities across articles despite transliteration and spelling variants.
 */
package org.newsbrief.entities;
