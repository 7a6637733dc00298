package org.newsbrief.server;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.analysis.TextAnalyzer;
import org.newsbrief.brief.Brief;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.BriefFormat;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Article;
import org.newsbrief.model.IssueLog;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.summarize.Summarizers;

/**
 * Computes the briefs of stored collections in the background, one job per collection and
 * configuration however many clients ask, and keeps each result in the store in every format.
 * A bounded number of jobs may wait; beyond it requests are refused with 503 rather than queued
 * without end. Stored briefs are read through a size-bounded memory cache. Thread-safe.
 */
final class BriefService implements AutoCloseable {

    /** A brief being computed, with its progress for clients that poll. */
    static final class Job {
        final CompletableFuture<StoredBrief> result = new CompletableFuture<>();
        volatile String stage = "queued";
        volatile long done;
        volatile long total = -1;
    }

    private record Key(String collectionId, BriefConfig config) {
    }

    private final CollectionStore store;
    private final Clock clock;
    private final int maxQueued;
    private final ExecutorService executor;
    private final TextAnalyzer analyzer = NewsTextAnalyzer.standard();
    private final Map<Key, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final BriefCache cache;

    BriefService(CollectionStore store, int threads, int maxQueued, long cacheBytes, Clock clock) {
        this.store = store;
        this.cache = new BriefCache(cacheBytes);
        this.clock = clock;
        this.maxQueued = maxQueued;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "brief-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks a configuration before any work: a known summarizer and a sane budget. */
    static BriefConfig config(String summarizer, int words) {
        if (!Summarizers.names().contains(summarizer)) {
            throw ApiException.badRequest("unknown summarizer '" + summarizer + "'; valid: " + String.join(", ", Summarizers.names()));
        }
        if (words < 10 || words > 2_000) {
            throw ApiException.badRequest("words must be between 10 and 2000: " + words);
        }
        return new BriefConfig(summarizer, words);
    }

    /** The brief when it is stored, else the job computing it (started if needed). */
    Object briefOrJob(String collectionId, BriefConfig config) {
        Optional<StoredBrief> cached = cache.get(collectionId, config);
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<StoredBrief> stored = store.brief(collectionId, config);
        if (stored.isPresent()) {
            cache.put(collectionId, stored.get());
            return stored.get();
        }
        return jobOrBrief(collectionId, config);
    }

    /** Under the lock, so one job per key: the brief may have been stored since the first look. */
    private synchronized Object jobOrBrief(String collectionId, BriefConfig config) {
        Optional<StoredBrief> stored = store.brief(collectionId, config);
        if (stored.isPresent()) {
            return stored.get();
        }
        Key key = new Key(collectionId, config);
        Job running = jobs.get(key);
        if (running != null) {
            if (running.result.isDone()) {
                jobs.remove(key);
            }
            return running;
        }
        if (pending.get() >= maxQueued) {
            throw new ApiException(503, "too many briefs are being computed (" + maxQueued + "); try again shortly");
        }
        Job job = new Job();
        jobs.put(key, job);
        pending.incrementAndGet();
        executor.execute(() -> compute(key, job));
        return job;
    }

    /** Forgets jobs of a collection that changed or was deleted: their results are stale. */
    synchronized void forget(String collectionId) {
        cache.forget(collectionId);
        jobs.keySet().removeIf(key -> key.collectionId().equals(collectionId));
    }

    private void compute(Key key, Job job) {
        try {
            StoredCollection before = store.find(key.collectionId())
                    .orElseThrow(() -> ApiException.notFound("no collection " + key.collectionId()));
            List<Article> articles = store.articles(key.collectionId());
            if (articles.isEmpty()) {
                throw ApiException.badRequest("collection " + key.collectionId() + " has no articles to brief");
            }
            IssueLog issues = new IssueLog();
            store.issues(key.collectionId()).forEach(issues::add);
            BriefPipeline pipeline = new BriefPipeline(ArticleSources.standard(), analyzer, key.config());
            Brief brief = pipeline.brief(articles, issues, (stage, done, total) -> {
                job.stage = stage;
                job.done = done;
                job.total = total;
            });
            job.stage = "write";
            StoredBrief stored = new StoredBrief(key.config(), BriefFormat.JSON.writer().render(brief),
                    BriefFormat.MD.writer().render(brief), BriefFormat.HTML.writer().render(brief), clock.instant());
            synchronized (this) {
                boolean unchanged = store.find(key.collectionId()).map(now -> now.updated().equals(before.updated())).orElse(false);
                if (unchanged && jobs.get(key) == job) {
                    store.saveBrief(key.collectionId(), stored);
                    jobs.remove(key);
                }
                job.result.complete(stored);
            }
        } catch (RuntimeException e) {
            job.result.completeExceptionally(e);
        } finally {
            pending.decrementAndGet();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
