package org.newsbrief.spark;

import java.io.Serializable;

/**
 * One file of the job's input, found on the driver.
 *
 * @param index its rank in input then name order, the high half of every article key
 * @param root the input it was found under (a directory, or the file's parent), as a Hadoop path
 * @param path the file, as a Hadoop path
 * @param relativeName its name relative to {@code root}, as the single-JVM reader names it
 */
record InputFile(int index, String root, String path, String relativeName) implements Serializable {

    /** The key of the {@code record}-th article of this file: input order as one sortable number. */
    long key(int record) {
        return ((long) index << 32) | record;
    }
}
