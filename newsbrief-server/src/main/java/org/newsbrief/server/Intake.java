package org.newsbrief.server;

import java.util.List;
import java.util.Objects;

/**
 * What a request brings into a collection, before it is read.
 *
 * @param files uploaded files, read by their extension like the command line's inputs
 * @param texts pasted plain texts (first line a headline, optional {@code date ...} line)
 * @param articles pasted articles as JSON objects with the fields the JSON reader knows
 * @param urls pages to fetch
 */
record Intake(List<Upload> files, List<String> texts, String articlesJson, List<String> urls) {

    /** An uploaded file. */
    record Upload(String name, byte[] content) {
        Upload {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    Intake {
        files = List.copyOf(files);
        texts = List.copyOf(texts);
        urls = List.copyOf(urls);
    }

    boolean isEmpty() {
        return files.isEmpty() && texts.isEmpty() && articlesJson == null && urls.isEmpty();
    }
}
