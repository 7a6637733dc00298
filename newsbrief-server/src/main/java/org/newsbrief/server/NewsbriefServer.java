package org.newsbrief.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The newsbrief HTTP server: the JSON API under {@code /api}, the web page at {@code /} and
 * {@code /collections/{id}}, its assets under {@code /static}. Errors are JSON with a status and
 * a message, never a stack trace. Start with {@link #start(ServerConfig)}, stop with
 * {@link #close()}.
 */
public final class NewsbriefServer implements AutoCloseable {

    private final Javalin app;
    private final CollectionStore store;
    private final BriefService briefs;

    private NewsbriefServer(Javalin app, CollectionStore store, BriefService briefs) {
        this.app = app;
        this.store = store;
        this.briefs = briefs;
    }

    /** Opens the store under the configured data folder and starts serving. */
    public static NewsbriefServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir() + ": " + e.getMessage(), e);
        }
        Clock clock = Clock.systemUTC();
        CollectionStore store = H2CollectionStore.open(config.dataDir(), clock);
        BriefService briefs = new BriefService(store, config.briefThreads(), config.maxQueuedBriefs(), config.briefCacheBytes(), clock);
        try {
            ObjectMapper mapper = new ObjectMapper();
            ArticleIntake intake = new ArticleIntake(new UrlFetcher(new AddressPolicy(config.allowPrivateUrls()),
                    config.maxFetchBytes(), config.fetchTimeout()), config.maxUrls());
            CollectionApi api = new CollectionApi(store, briefs, intake, mapper, config);
            Javalin app = create(config, api);
            app.start(config.host(), config.port());
            return new NewsbriefServer(app, store, briefs);
        } catch (RuntimeException e) {
            briefs.close();
            store.close();
            throw e;
        }
    }

    /** How long a request may wait for more of its body (the connector's default is 30 s). */
    static final long REQUEST_IDLE_TIMEOUT_MS = 10_000;
    /** The slowest request body accepted, on average since its first byte. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

    private static Javalin create(ServerConfig config, CollectionApi api) {
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.prefer405over404 = true; // a known path with the wrong method is 405, not "not found"
            javalin.jetty.modifyHttpConfiguration(http -> {
                // A client that stalls or trickles its body holds a request thread: a stalled read ends after
                // the idle timeout, a body slower than the minimum rate gets 408 at its next read.
                http.setIdleTimeout(REQUEST_IDLE_TIMEOUT_MS);
                http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            });
            javalin.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> {
            SecurityHeaders.apply(ctx);
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
                ctx.header("Connection", "close");
                throw ApiException.tooLarge("request body of " + length + " bytes is larger than the limit of "
                        + config.maxBodyBytes() + " bytes");
            }
        });
        app.get("/api/health", api::health);
        app.get("/api/summarizers", api::summarizers);
        app.get("/api/collections", api::list);
        app.post("/api/collections", api::create);
        app.get("/api/collections/{id}", api::get);
        app.patch("/api/collections/{id}", api::update);
        app.put("/api/collections/{id}", api::update);
        app.delete("/api/collections/{id}", api::delete);
        app.get("/api/collections/{id}/brief", api::brief);
        app.get("/api/collections/{id}/excerpt", api::excerpt);
        app.get("/", ctx -> page(ctx, "index.html"));
        app.get("/collections/{id}", ctx -> page(ctx, "brief.html"));
        app.exception(ApiException.class, (e, ctx) -> api.json(ctx.status(e.status()), api.error(e.status(), e.getMessage(), List.of())));
        app.exception(HttpResponseException.class, (e, ctx) -> api.json(ctx.status(e.getStatus()), api.error(e.getStatus(), e.getMessage(), List.of())));
        app.exception(Exception.class, (e, ctx) -> internalError(api, ctx, e));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!"application/json".equals(ctx.res().getContentType())) {
                api.json(ctx, api.error(404, "no such resource: " + ctx.method() + " " + ctx.path(), List.of()));
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx ->
                api.json(ctx, api.error(405, "method " + ctx.method() + " is not allowed on " + ctx.path(), List.of())));
        return app;
    }

    private static void internalError(CollectionApi api, Context ctx, Exception e) {
        int clientFault = clientFault(e);
        if (clientFault > 0) { // the client's doing, not the server's: answered, not logged as an internal error
            api.json(ctx.status(clientFault), api.error(clientFault, clientFault == 408
                    ? "request body too slow or stalled: send at least " + MIN_REQUEST_BYTES_PER_SECOND
                            + " bytes/s, with no pause over " + REQUEST_IDLE_TIMEOUT_MS / 1000 + " s"
                    : "bad request: " + e.getMessage(), List.of()));
            return;
        }
        System.err.println("newsbrief serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
        api.json(ctx.status(500), api.error(500, "internal error: " + e.getClass().getSimpleName(), List.of()));
    }

    /**
     * The status of a failure the client caused while its body was read (Jetty's 408 for a body below the
     * minimum rate, an idle timeout on a stalled body, a malformed body), or 0 for any other failure.
     */
    static int clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad.getCode();
            }
            if (t instanceof TimeoutException) {
                return 408;
            }
        }
        return 0;
    }

    private static void page(Context ctx, String name) throws IOException {
        try (InputStream in = NewsbriefServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page resource " + name);
            }
            ctx.contentType("text/html; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        briefs.close();
        store.close();
    }
}
