package org.newsbrief.server;

/** The store could not do what was asked (the database failed); the API answers 500. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
