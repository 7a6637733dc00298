package org.newsbrief.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a page for a collection: only URLs the {@link AddressPolicy} allows (checked again at
 * every redirect, at most five), within a time limit and a size limit. A failure is returned as
 * a message, never thrown, so one bad link does not lose the others. Thread-safe.
 */
final class UrlFetcher {

    private static final int MAX_REDIRECTS = 5;

    /** A fetched page, or why it could not be fetched. */
    record Fetched(String url, String contentType, byte[] body, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private final AddressPolicy policy;
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient client;

    UrlFetcher(AddressPolicy policy, long maxBytes, Duration timeout) {
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    Fetched fetch(String url) {
        String current = url;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                URI uri = policy.check(current);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                        .header("User-Agent", "newsbrief (+https://github.com/newsbrief)")
                        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8").build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    response.body().close();
                    current = uri.resolve(location.get()).toString();
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (status != 200) {
                        return failed(url, "HTTP status " + status);
                    }
                    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                    return new Fetched(current, type, readLimited(body), null);
                }
            }
            return failed(url, "more than " + MAX_REDIRECTS + " redirects");
        } catch (ApiException e) {
            return failed(url, e.getMessage());
        } catch (java.net.http.HttpTimeoutException e) {
            return failed(url, "timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return failed(url, "cannot fetch: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(url, "interrupted");
        } catch (IllegalArgumentException e) {
            return failed(url, "not a URL: " + e.getMessage());
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + (long) n > maxBytes) {
                throw new IOException("page larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Fetched failed(String url, String why) {
        return new Fetched(url, "", new byte[0], why);
    }
}
