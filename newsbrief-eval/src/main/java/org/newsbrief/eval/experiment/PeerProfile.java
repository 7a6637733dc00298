package org.newsbrief.eval.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analysis.OpenNlpSentenceSplitter;
import org.newsbrief.analysis.SentenceSplitter;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;

/**
 * How a set of extractive summaries compares with a published system's released outputs: per
 * summary, how many sentences, how long, from which article and position, and how many of the
 * released sentences it shares verbatim. A development signal for reimplementations (issue 4):
 * a change is kept when it moves our sentences towards the released ones.
 *
 * <p>Sentences are compared as lower-case letter and digit runs, so SumRepo's stripped quotes and
 * spacing do not count; one sentence matches another that contains it when it is long enough.
 * Positions come from this project's sentence splitter over each article's body.
 */
public final class PeerProfile {

    private static final int MIN_CONTAINED_CHARS = 20;

    /** Where a summary sentence lies in its story: article index and sentence position, -1 when not found. */
    public record Site(int document, int position) {
    }

    /**
     * The profile of a set of summaries.
     *
     * @param summaries summaries read
     * @param sentences sentences in all of them
     * @param words words of each sentence (white-space split), in reading order
     * @param firstSentences sentences that open their article
     * @param firstDocument sentences from the story's first article
     * @param unplaced sentences not found in any article
     * @param shared sentences also in the released summary of the same cluster (when compared)
     * @param sharedPerCluster shared sentences per cluster id
     */
    public record Profile(int summaries, int sentences, List<Integer> words, int firstSentences, int firstDocument,
            int unplaced, int shared, Map<String, Integer> sharedPerCluster) {

        /** The median sentence length in words. */
        public double medianWords() {
            int[] sorted = words.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (sorted.length == 0) {
                return 0;
            }
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        }

        /** One line for a report. */
        public String describe() {
            IntSummary range = IntSummary.of(words);
            return String.format(Locale.ROOT,
                    "%d sentences (%.1f per summary), median %.0f words (%d-%d), %d article-first (%.0f%%), %d from the first article, %d unplaced, %d shared with the released outputs",
                    sentences, summaries == 0 ? 0.0 : (double) sentences / summaries, medianWords(), range.min(), range.max(),
                    firstSentences, sentences == 0 ? 0.0 : 100.0 * firstSentences / sentences, firstDocument, unplaced, shared);
        }
    }

    private record IntSummary(int min, int max) {
        static IntSummary of(List<Integer> values) {
            return new IntSummary(values.stream().mapToInt(Integer::intValue).min().orElse(0),
                    values.stream().mapToInt(Integer::intValue).max().orElse(0));
        }
    }

    private final SentenceSplitter splitter;

    public PeerProfile(SentenceSplitter splitter) {
        this.splitter = java.util.Objects.requireNonNull(splitter, "splitter");
    }

    /** Lower-case letter and digit runs joined by single spaces. */
    static String normalise(String text) {
        return String.join(" ", Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(token -> !token.isEmpty()).toList());
    }

    static boolean same(String a, String b) {
        return a.equals(b) || (a.length() >= MIN_CONTAINED_CHARS && b.contains(a))
                || (b.length() >= MIN_CONTAINED_CHARS && a.contains(b));
    }

    /** Where {@code sentence} lies among {@code articles}: the first article sentence it matches. */
    Site locate(String sentence, List<List<String>> articleSentences) {
        String key = normalise(sentence);
        for (int d = 0; d < articleSentences.size(); d++) {
            List<String> sentences = articleSentences.get(d);
            for (int p = 0; p < sentences.size(); p++) {
                if (!key.isEmpty() && same(key, sentences.get(p))) {
                    return new Site(d, p);
                }
            }
        }
        return new Site(-1, -1);
    }

    /** The normalised sentences of each article. */
    List<List<String>> sentencesOf(List<Article> articles) {
        List<List<String>> all = new ArrayList<>();
        for (Article article : articles) {
            String body = article.body().replaceAll("\\s+", " ");
            all.add(splitter.split(body).stream().map(span -> normalise(span.of(body))).toList());
        }
        return all;
    }

    /**
     * The profile of {@code summaries} (cluster id to lines, one sentence a line) over the stories
     * of {@code clusters}, compared with {@code released} (the same shape; empty to compare nothing).
     */
    public Profile profile(List<EvalCluster> clusters, Map<String, List<String>> summaries, Map<String, List<String>> released) {
        int count = 0;
        int sentences = 0;
        int first = 0;
        int firstDocument = 0;
        int unplaced = 0;
        int shared = 0;
        List<Integer> words = new ArrayList<>();
        Map<String, Integer> perCluster = new LinkedHashMap<>();
        for (EvalCluster cluster : clusters) {
            List<String> lines = summaries.get(cluster.id());
            if (lines == null) {
                continue;
            }
            count++;
            List<List<String>> articleSentences = sentencesOf(cluster.documents());
            List<String> theirs = released.getOrDefault(cluster.id(), List.of()).stream().map(PeerProfile::normalise).toList();
            int sharedHere = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                sentences++;
                words.add(line.strip().split("\\s+").length);
                Site site = locate(line, articleSentences);
                if (site.document() < 0) {
                    unplaced++;
                }
                first += site.position() == 0 ? 1 : 0;
                firstDocument += site.document() == 0 ? 1 : 0;
                String key = normalise(line);
                if (!key.isEmpty() && theirs.stream().anyMatch(other -> same(key, other))) {
                    sharedHere++;
                }
            }
            shared += sharedHere;
            perCluster.put(cluster.id(), sharedHere);
        }
        return new Profile(count, sentences, List.copyOf(words), first, firstDocument, unplaced, shared, perCluster);
    }

    /** Summaries {@code <dir>/<cluster>.txt} (as {@code eval --summaries-out} writes them), by cluster id. */
    public static Map<String, List<String>> readOurs(Path dir, List<EvalCluster> clusters) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (EvalCluster cluster : clusters) {
            Path file = dir.resolve(cluster.id() + ".txt");
            if (Files.isRegularFile(file)) {
                out.put(cluster.id(), Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** SumRepo's released outputs {@code sumrepo-peers/d30001.<system>} of a DUC folder, by cluster id. */
    public static Map<String, List<String>> readReleased(Path duc, String system, List<EvalCluster> clusters) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (EvalCluster cluster : clusters) {
            Path file = duc.resolve("sumrepo-peers").resolve(cluster.id().replaceFirst("t$", "") + "." + system);
            if (Files.isRegularFile(file)) {
                out.put(cluster.id(), Files.readAllLines(file, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    /**
     * {@code PeerProfile <duc folder> <released system> <summaries dir>...}: prints the profile of
     * the released outputs and of each folder of ours, with the shared sentences per cluster.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PeerProfile <duc folder> <system, e.g. LexRank> [<summaries dir>...]");
            System.exit(2);
        }
        Path duc = Path.of(args[0]);
        Dataset dataset = DucDataset.read(duc.getFileName().toString(), duc);
        PeerProfile tool = new PeerProfile(new OpenNlpSentenceSplitter());
        Map<String, List<String>> released = readReleased(duc, args[1], dataset.clusters());
        System.out.println(args[1] + " (released): " + tool.profile(dataset.clusters(), released, Map.of()).describe());
        for (int k = 2; k < args.length; k++) {
            Profile ours = tool.profile(dataset.clusters(), readOurs(Path.of(args[k]), dataset.clusters()), released);
            System.out.println(args[k] + ": " + ours.describe());
            System.out.println("  shared per cluster: " + ours.sharedPerCluster());
        }
    }
}
