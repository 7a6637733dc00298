package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server load benchmark: starts {@code newsbrief serve} as its own process with a fixed heap,
 * stores the example story and the DUC 2004 clusters as collections, computes their briefs once,
 * then lets many concurrent clients request stored briefs (JSON, Markdown and HTML in turn) on
 * loopback for a fixed time. Reports throughput, latency percentiles, errors and the server's
 * heap as sampled from its health endpoint.
 */
final class ServerBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FORMATS = {"json", "md", "html"};
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    /** Settings of one run. */
    record Settings(Path jar, Path story, Path duc2004, int clients, int seconds, String heap) {
    }

    private ServerBenchmark() {
    }

    /** Cache sizes compared in one run: the default and none (every read from the database). */
    private static final int[] CACHE_MB = {64, 0};

    static String run(Settings settings, PrintWriter err) throws IOException, InterruptedException {
        List<Load> loads = new ArrayList<>();
        int collections = 0;
        for (int cacheMb : CACHE_MB) {
            err.println("server with --brief-cache-mb " + cacheMb + ":");
            Result result = runOnce(settings, cacheMb, err);
            loads.add(result.load());
            collections = result.collections();
        }
        return markdown(settings, collections, loads);
    }

    private record Result(Load load, int collections) {
    }

    private static Result runOnce(Settings settings, int cacheMb, PrintWriter err) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("newsbrief-bench-server");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx" + settings.heap(), "-jar", settings.jar().toString(), "serve",
                "--port", "0", "--data", data.toString(), "--brief-cache-mb", Integer.toString(cacheMb))
                .redirectErrorStream(true).start();
        try {
            int port = awaitPort(server);
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<String> ids = createCollections(client, base, settings, err);
            err.println("computing " + ids.size() + " briefs once ...");
            for (String id : ids) {
                HttpResponse<String> brief = get(client, base + "/api/collections/" + id + "/brief?wait=60");
                if (brief.statusCode() != 200) {
                    throw new IllegalStateException("brief of " + id + " failed: " + brief.statusCode() + " " + brief.body());
                }
            }
            err.println(settings.clients() + " clients for " + settings.seconds() + " s ...");
            Load load = load(client, base, ids, settings);
            return new Result(load.withAlive(server.isAlive()), ids.size());
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int awaitPort(Process server) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher matcher = SERVING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("the server exited before serving");
    }

    private static List<String> createCollections(HttpClient client, String base, Settings settings, PrintWriter err)
            throws IOException, InterruptedException {
        List<Map<String, Object>> requests = new ArrayList<>();
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(settings.story())) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                files.add(Map.of("name", file.getFileName().toString(), "content", Files.readString(file)));
            }
        }
        requests.add(Map.of("name", "example", "files", files));
        if (settings.duc2004() != null && Files.isRegularFile(settings.duc2004())) {
            try (BufferedReader reader = Files.newBufferedReader(settings.duc2004(), StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    JsonNode cluster = JSON.readTree(line);
                    List<Map<String, String>> articles = new ArrayList<>();
                    for (JsonNode document : cluster.get("documents")) {
                        articles.add(Map.of("title", "", "text", document.get("text").asText(),
                                "source", document.get("docno").asText().substring(0, 3)));
                    }
                    requests.add(Map.of("name", cluster.path("id").asText("duc"), "articles", articles));
                }
            }
        }
        err.println("creating " + requests.size() + " collections ...");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> request : requests) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/collections"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("create failed: " + created.statusCode() + " " + created.body());
            }
            ids.add(JSON.readTree(created.body()).get("id").asText());
        }
        return ids;
    }

    /** What the clients saw. */
    record Load(long requests, long errors, Map<String, Long> errorKinds, double[] latenciesMs, double seconds,
            long bytes, long heapPeakBytes, long heapMaxBytes, boolean alive) {
        Load withAlive(boolean stillAlive) {
            return new Load(requests, errors, errorKinds, latenciesMs, seconds, bytes, heapPeakBytes, heapMaxBytes, stillAlive);
        }
    }

    private static Load load(HttpClient client, String base, List<String> ids, Settings settings) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.seconds());
        List<double[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<String, Long> kinds = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(settings.clients());
        long started = System.nanoTime();
        for (int c = 0; c < settings.clients(); c++) {
            double[][] latencies = {new double[1 << 16]};
            int[] count = {0};
            perClient.add(null);
            int index = c;
            Thread thread = new Thread(() -> {
                Random random = new Random(index);
                try {
                    while (System.nanoTime() < end) {
                        String url = base + "/api/collections/" + ids.get(random.nextInt(ids.size())) + "/brief?format="
                                + FORMATS[random.nextInt(FORMATS.length)] + "&wait=0";
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                kinds.merge("HTTP " + response.statusCode(), 1L, Long::sum);
                            }
                            bytes.addAndGet(response.body().length);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            kinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                        }
                        if (count[0] == latencies[0].length) {
                            latencies[0] = Arrays.copyOf(latencies[0], count[0] * 2);
                        }
                        latencies[0][count[0]++] = (System.nanoTime() - start) / 1e6;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    synchronized (perClient) {
                        perClient.set(index, Arrays.copyOf(latencies[0], count[0]));
                    }
                    done.countDown();
                }
            }, "client-" + c);
            thread.start();
        }
        long heapPeak = 0;
        long heapMax = 0;
        while (!done.await(500, TimeUnit.MILLISECONDS)) {
            try {
                JsonNode health = JSON.readTree(get(client, base + "/api/health").body());
                heapPeak = Math.max(heapPeak, health.get("heapUsedBytes").asLong());
                heapMax = health.get("heapMaxBytes").asLong();
            } catch (IOException e) {
                kinds.merge("health " + e.getClass().getSimpleName(), 1L, Long::sum);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] all = perClient.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Load(all.length, errors.get(), kinds, all, seconds, bytes.get(), heapPeak, heapMax, true);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String markdown(Settings settings, int collections, List<Load> loads) {
        Map<String, java.util.function.Function<Load, String>> rows = new LinkedHashMap<>();
        rows.put("duration", l -> String.format(Locale.ROOT, "%.1f s", l.seconds()));
        rows.put("requests", l -> Long.toString(l.requests()));
        rows.put("throughput", l -> String.format(Locale.ROOT, "%.0f requests/s", l.requests() / l.seconds()));
        rows.put("data served", l -> String.format(Locale.ROOT, "%.1f MB/s", l.bytes() / 1e6 / l.seconds()));
        rows.put("latency p50", l -> String.format(Locale.ROOT, "%.2f ms", percentile(l.latenciesMs(), 0.50)));
        rows.put("latency p90", l -> String.format(Locale.ROOT, "%.2f ms", percentile(l.latenciesMs(), 0.90)));
        rows.put("latency p99", l -> String.format(Locale.ROOT, "%.2f ms", percentile(l.latenciesMs(), 0.99)));
        rows.put("latency max", l -> String.format(Locale.ROOT, "%.2f ms", percentile(l.latenciesMs(), 1.0)));
        rows.put("errors", l -> l.errors() + (l.errorKinds().isEmpty() ? "" : " " + l.errorKinds()));
        rows.put("server heap, peak used as sampled / max", l -> String.format(Locale.ROOT, "%.0f MB / %.0f MB",
                l.heapPeakBytes() / 1048576.0, l.heapMaxBytes() / 1048576.0));
        rows.put("server process alive after the run", l -> l.alive() ? "yes" : "NO");
        StringBuilder out = new StringBuilder();
        out.append("# Server load benchmark\n\n");
        out.append("`newsbrief serve` in its own JVM (-Xmx").append(settings.heap())
                .append(") on loopback; ").append(settings.clients()).append(" concurrent clients run in the benchmark's JVM on the same machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores), each requesting the stored brief of a")
                .append(" random collection in a random format (JSON, Markdown or HTML) as fast as answers come back, for ")
                .append(settings.seconds()).append(" s. ").append(collections)
                .append(" stored collections (the example story and, when `../shared/data/duc2004` is present, the 50 DUC 2004")
                .append(" clusters), their briefs computed once beforehand. The same load runs twice in one run: with the")
                .append(" default in-memory cache of served briefs, and with none (every brief read from H2).\n\n");
        out.append("Command: `./newsbrief bench server --clients ").append(settings.clients()).append(" --seconds ")
                .append(settings.seconds()).append(" --heap ").append(settings.heap()).append("`\n\n");
        out.append("| measure |");
        for (int mb : CACHE_MB) {
            out.append(" --brief-cache-mb ").append(mb).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(CACHE_MB.length)).append('\n');
        rows.forEach((name, value) -> {
            out.append("| ").append(name).append(" |");
            loads.forEach(load -> out.append(' ').append(value.apply(load)).append(" |"));
            out.append('\n');
        });
        double ratio = (loads.get(0).requests() / loads.get(0).seconds()) / (loads.get(1).requests() / loads.get(1).seconds());
        out.append(String.format(Locale.ROOT, "%nThroughput with the cache is %.2f times that without.%n", ratio));
        return out.toString();
    }
}
