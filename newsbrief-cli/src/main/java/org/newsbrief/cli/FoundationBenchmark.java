package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.model.Article;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.pipeline.Progress;

/**
 * Measures the foundation's speed: single-thread analysis throughput on the DUC 2004 documents,
 * warm brief latency of a story, and the cold command including JVM start. Timings are medians
 * of repeated runs after warm-up, taken in one process so that they compare.
 */
final class FoundationBenchmark {

    record Timing(double medianMillis, double p90Millis, int runs) {
    }

    record Report(int articles, long tokens, Timing analysis, Timing warmBrief, Timing timeline, Timing sentencePool,
            Timing quantities, Timing coldCommand) {
    }

    private FoundationBenchmark() {
    }

    /** The DUC 2004 task 2 documents from {@code duc2004_task2.jsonl}. */
    static List<Article> ducArticles(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                for (JsonNode document : json.readTree(line).get("documents")) {
                    String docno = document.get("docno").asText();
                    articles.add(new Article(docno, docno.substring(0, 3), null, "", null, document.get("text").asText(),
                            docno));
                }
            }
        }
        return articles;
    }

    static Timing analysis(List<Article> articles, int runs) {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        return time(2, runs, () -> {
            long sentences = 0;
            for (Article article : articles) {
                sentences += analyzer.analyze(article).sentences().size();
            }
            return sentences;
        });
    }

    static long tokens(List<Article> articles) {
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        return articles.stream().mapToLong(a -> analyzer.analyze(a).sentences().stream()
                .mapToLong(s -> s.tokens().size()).sum()).sum();
    }

    static Timing warmBrief(Path story, int runs) {
        BriefPipeline pipeline = new BriefPipeline(BriefConfig.defaults());
        return time(20, runs, () -> pipeline.run(List.of(story), Progress.NONE).summary().size());
    }

    /** Dating and timeline building alone (time tagging of every sentence, grouping, selection) on the analysed story. */
    static Timing timeline(Path story, int runs) {
        List<org.newsbrief.model.Document> documents = analysed(story);
        org.newsbrief.time.TimelineBuilder builder = new org.newsbrief.time.TimelineBuilder(org.newsbrief.time.TimelineBuilder.Options.DEFAULTS);
        return time(20, runs, () -> builder.build(documents).entries().size());
    }

    /** Building the sentence pool of the analysed story (terms, TF-IDF vectors, candidate verdicts), once per brief. */
    static Timing sentencePool(Path story, int runs) {
        List<org.newsbrief.model.Document> documents = analysed(story);
        return time(20, runs, () -> org.newsbrief.summarize.SentencePool.of(documents).size());
    }

    /**
     * Quantity extraction alone: every sentence of the analysed story through the extractor the key
     * figures use ({@code QuantityExtractor.withoutTagger()}), without grouping or time windows.
     */
    static Timing quantities(Path story, int runs) {
        List<String> sentences = analysed(story).stream().flatMap(d -> d.sentences().stream())
                .map(org.newsbrief.model.Sentence::text).toList();
        org.newsbrief.facts.QuantityExtractor extractor = org.newsbrief.facts.QuantityExtractor.withoutTagger();
        return time(20, runs, () -> sentences.stream().mapToLong(s -> extractor.extract(s).size()).sum());
    }

    private static List<org.newsbrief.model.Document> analysed(Path story) {
        List<Article> articles = org.newsbrief.ingest.ArticleSources.standard().readAll(List.of(story), new org.newsbrief.model.IssueLog());
        NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();
        return articles.stream().map(analyzer::analyze).toList();
    }

    static Timing coldCommand(Path jar, Path story, int runs) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return time(1, runs, () -> {
            try {
                Process process = new ProcessBuilder(java, "-jar", jar.toString(), "brief", "-q", story.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("the brief command failed or hung");
                }
                return process.exitValue();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static Timing time(int warmup, int runs, LongSupplier task) {
        BenchTimer.Timing timing = BenchTimer.time(warmup, runs, task);
        return new Timing(timing.median(), timing.p90(), timing.runs());
    }

    static String markdown(Report report, String command) {
        double perSecond = report.articles() / (report.analysis().medianMillis() / 1000.0);
        double tokensPerSecond = report.tokens() / (report.analysis().medianMillis() / 1000.0);
        return String.format(Locale.ROOT, """
                # Foundation benchmark

                Produced by `%s` (newsbrief %s) on %d cores, Java %s, %s.
                Medians of repeated runs after warm-up, all in one run of the command.

                | measure | target | median | p90 | runs |
                |---|---|---|---|---|
                | analysis (clean, split, tokenise, terms) of the %d DUC 2004 documents, one thread | >= 500 articles/s | **%.0f articles/s** (%.0f ms; %.0f tokens/s) | %.0f ms | %d |
                | warm brief of examples/aleppo-2016 (read 5 files, analyse, summarize, support, key figures, names, timeline) | < 50 ms | **%.1f ms** | %.1f ms | %d |
                | dating and timeline alone (time tagging of every sentence, grouping, selection) on the analysed example | | %.2f ms | %.2f ms | %d |
                | share of the warm brief spent dating and building the timeline | < 20%% | **%.1f%%** | | |
                | sentence pool of the analysed example (terms, TF-IDF vectors, candidate verdicts), built once per brief and shared by summary, support and timeline | | %.2f ms | %.2f ms | %d |
                | quantity extraction alone (every sentence of the analysed example, the key figures' extractor) | | %.2f ms | %.2f ms | %d |
                | cold command `java -jar newsbrief.jar brief -q examples/aleppo-2016`, JVM start included | < 2 s | **%.0f ms** | %.0f ms | %d |
                """, command, org.newsbrief.brief.RunInfo.currentVersion(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                report.articles(), perSecond, report.analysis().medianMillis(), tokensPerSecond,
                report.analysis().p90Millis(), report.analysis().runs(), report.warmBrief().medianMillis(),
                report.warmBrief().p90Millis(), report.warmBrief().runs(), report.timeline().medianMillis(),
                report.timeline().p90Millis(), report.timeline().runs(),
                100 * report.timeline().medianMillis() / report.warmBrief().medianMillis(),
                report.sentencePool().medianMillis(), report.sentencePool().p90Millis(), report.sentencePool().runs(),
                report.quantities().medianMillis(), report.quantities().p90Millis(), report.quantities().runs(),
                report.coldCommand().medianMillis(),
                report.coldCommand().p90Millis(), report.coldCommand().runs());
    }
}
