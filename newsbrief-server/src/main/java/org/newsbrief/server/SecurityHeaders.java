package org.newsbrief.server;

import io.javalin.http.Context;

/**
 * The standard response headers: a Content-Security-Policy that only lets the application's own
 * scripts, styles and API run (no inline script, no external request), no sniffing, no framing,
 * no referrer.
 */
final class SecurityHeaders {

    /** The policy of the application's pages. */
    static final String APP_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The policy of a brief served as one self-contained HTML page: its inline style only. */
    static final String STANDALONE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", APP_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cache-Control", "no-store");
    }
}
