package org.newsbrief.server;

/**
 * A request the API refuses, with the status and the message the client gets as JSON
 * ({@code {"error": ..., "status": ...}}).
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException tooLarge(String message) {
        return new ApiException(413, message);
    }
}
