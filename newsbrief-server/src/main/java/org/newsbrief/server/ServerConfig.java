package org.newsbrief.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs and what it accepts. Defaults are safe for a workstation: loopback only,
 * 20 MB bodies, 1,000 articles per collection, URL fetches limited in size and time and never to
 * private or loopback addresses.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the user asks for more
 * @param port the port; 0 picks a free one
 * @param dataDir where the database lives
 * @param maxBodyBytes the largest request body or upload accepted
 * @param maxArticles the most articles one collection may hold
 * @param maxUrls the most URLs fetched per request
 * @param maxFetchBytes the largest page fetched from a URL
 * @param fetchTimeout the time allowed to fetch one URL
 * @param allowPrivateUrls whether URLs may point at loopback, link-local or private addresses
 * @param briefThreads threads computing briefs
 * @param maxQueuedBriefs briefs waiting to be computed beyond which requests are refused (503)
 * @param briefCacheBytes memory for recently served briefs; 0 reads every brief from the database
 */
public record ServerConfig(String host, int port, Path dataDir, long maxBodyBytes, int maxArticles, int maxUrls,
        long maxFetchBytes, Duration fetchTimeout, boolean allowPrivateUrls, int briefThreads, int maxQueuedBriefs, long briefCacheBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLES = 1_000;
    public static final long DEFAULT_BRIEF_CACHE_BYTES = 64L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBodyBytes < 1 || maxArticles < 1 || maxUrls < 0 || maxFetchBytes < 1 || briefThreads < 1 || maxQueuedBriefs < 1 || briefCacheBytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + ", " + maxArticles + ", "
                    + maxUrls + ", " + maxFetchBytes + ", " + briefThreads + ", " + maxQueuedBriefs);
        }
    }

    /** The defaults, storing under {@code dataDir}. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, dataDir, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ARTICLES, 50,
                5L * 1024 * 1024, Duration.ofSeconds(10), false, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 64,
                DEFAULT_BRIEF_CACHE_BYTES);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, dataDir, maxBodyBytes, maxArticles, maxUrls, maxFetchBytes, fetchTimeout,
                allowPrivateUrls, briefThreads, maxQueuedBriefs, briefCacheBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, maxBodyBytes, maxArticles, maxUrls, maxFetchBytes, fetchTimeout,
                allowPrivateUrls, briefThreads, maxQueuedBriefs, briefCacheBytes);
    }

    public ServerConfig withLimits(long newMaxBodyBytes, int newMaxArticles) {
        return new ServerConfig(host, port, dataDir, newMaxBodyBytes, newMaxArticles, maxUrls, maxFetchBytes, fetchTimeout,
                allowPrivateUrls, briefThreads, maxQueuedBriefs, briefCacheBytes);
    }

    public ServerConfig withBriefCacheBytes(long bytes) {
        return new ServerConfig(host, port, dataDir, maxBodyBytes, maxArticles, maxUrls, maxFetchBytes, fetchTimeout,
                allowPrivateUrls, briefThreads, maxQueuedBriefs, bytes);
    }

    public ServerConfig withAllowPrivateUrls(boolean allow) {
        return new ServerConfig(host, port, dataDir, maxBodyBytes, maxArticles, maxUrls, maxFetchBytes, fetchTimeout,
                allow, briefThreads, maxQueuedBriefs, briefCacheBytes);
    }
}
