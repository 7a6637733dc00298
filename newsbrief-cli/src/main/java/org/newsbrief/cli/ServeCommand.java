package org.newsbrief.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsbrief.server.NewsbriefServer;
import org.newsbrief.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief serve}: the HTTP API and the web page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves the HTTP API and the web page: create collections from files, pasted text or links,"
            + " and read their briefs.", "Collections persist in an embedded database under --data. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 serves every interface).")
    private String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the database (default: $XDG_DATA_HOME/newsbrief, else ~/.local/share/newsbrief).")
    private Path data;

    @Option(names = "--max-body-mb", paramLabel = "MB", description = "Largest request body or upload (default: ${DEFAULT-VALUE}).")
    private int maxBodyMb = 20;

    @Option(names = "--max-articles", paramLabel = "N", description = "Most articles per collection (default: ${DEFAULT-VALUE}).")
    private int maxArticles = ServerConfig.DEFAULT_MAX_ARTICLES;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", description = "Time allowed to fetch one URL (default: ${DEFAULT-VALUE}).")
    private int fetchTimeout = 10;

    @Option(names = "--brief-cache-mb", paramLabel = "MB",
            description = "Memory for recently served briefs; 0 reads each from the database (default: ${DEFAULT-VALUE}).")
    private int briefCacheMb = 64;

    @Option(names = "--allow-private-urls",
            description = "Let URLs point at loopback and private network addresses (off by default: a pasted link must not probe your network).")
    private boolean allowPrivateUrls;

    @Override
    public Integer call() throws InterruptedException {
        if (maxBodyMb < 1 || maxArticles < 1 || fetchTimeout < 1 || briefCacheMb < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-body-mb, --max-articles and --fetch-timeout must be at least 1");
        }
        ServerConfig defaults = ServerConfig.defaults(data == null ? defaultDataDir() : data);
        ServerConfig config = new ServerConfig(host, port, defaults.dataDir(), maxBodyMb * 1024L * 1024L, maxArticles,
                defaults.maxUrls(), defaults.maxFetchBytes(), Duration.ofSeconds(fetchTimeout), allowPrivateUrls,
                defaults.briefThreads(), defaults.maxQueuedBriefs(), briefCacheMb * 1024L * 1024L);
        NewsbriefServer server = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsbrief-shutdown"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getErr().printf("newsbrief serving http://%s:%d/ (data in %s); Ctrl-C stops%n",
                shown, server.port(), config.dataDir().toAbsolutePath());
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }

    /** Starts the server; a busy port or data folder is the user's to fix (exit code 2), said in one line. */
    private static NewsbriefServer start(ServerConfig config) {
        try {
            return NewsbriefServer.start(config);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Port already in use")) {
                throw new IllegalArgumentException("port " + config.port() + " is already in use; stop the other server or give"
                        + " another --port", e);
            }
            if (message.contains("Database may be already in use")) {
                throw new IllegalArgumentException("the database in " + config.dataDir().toAbsolutePath() + " is open in another"
                        + " process (another newsbrief serve?); stop it or give another --data", e);
            }
            throw e;
        }
    }

    static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("newsbrief");
    }
}
