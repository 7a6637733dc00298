package org.newsbrief.clean;

/** Cleans an article body into running text, one paragraph per line. Thread-safe. */
public interface TextCleaner {

    /** The cleaned text; never null, possibly empty. Never throws on bad text. */
    String clean(String body);
}
