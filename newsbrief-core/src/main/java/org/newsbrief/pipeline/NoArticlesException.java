package org.newsbrief.pipeline;

/** No readable article was found in the inputs: a bad input, reported before any other work. */
public final class NoArticlesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NoArticlesException(String message) {
        super(message);
    }
}
