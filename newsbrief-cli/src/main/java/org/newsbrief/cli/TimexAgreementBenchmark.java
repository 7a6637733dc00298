package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsbrief.analysis.OpenNlpSentenceSplitter;
import org.newsbrief.model.Span;
import org.newsbrief.time.TimeAnchor;
import org.newsbrief.time.TimeExpressionTagger;
import org.newsbrief.time.TimeMention;

/**
 * Agreement of newsbrief's resolved day dates with the HeidelTime dates stored with every
 * Timeline17 article: per article, the set of days each finds, compared as precision, recall
 * and F1 (micro-averaged over articles), with samples of disagreements to judge.
 */
final class TimexAgreementBenchmark {

    private static final int SAMPLES = 12;
    private static final OpenNlpSentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();

    private TimexAgreementBenchmark() {
    }

    static String run(Path timeline17) throws IOException {
        TimeExpressionTagger tagger = new TimeExpressionTagger();
        ObjectMapper json = new ObjectMapper();
        long agreed = 0;
        long ours = 0;
        long theirs = 0;
        int articles = 0;
        List<String> onlyOurs = new ArrayList<>();
        List<String> onlyTheirs = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : articleFiles(timeline17)) {
            for (JsonNode article : json.readTree(file.toFile())) {
                articles++;
                LocalDate dct = LocalDate.parse(article.get("dct").asText().substring(0, 10));
                String text = article.get("text").asText();
                Set<String> gold = new HashSet<>();
                article.get("dates").forEach(d -> {
                    if (!d.isNull()) {
                        gold.add(d.asText());
                    }
                });
                Set<String> found = new HashSet<>();
                for (Span sentence : SPLITTER.split(text)) {
                    String sentenceText = sentence.of(text);
                    for (TimeMention mention : tagger.tag(sentenceText, TimeAnchor.of(dct))) {
                        String day = asHeidelTimeDay(mention);
                        if (day == null) {
                            continue;
                        }
                        found.add(day);
                        if (!gold.contains(day) && onlyOurs.size() < SAMPLES && articles % 23 == 0) {
                            onlyOurs.add(sample(file, dct, sentenceText, mention.span().start(), mention.span().end(), day));
                        }
                    }
                }
                ours += found.size();
                theirs += gold.size();
                for (String day : gold) {
                    if (found.contains(day)) {
                        agreed++;
                    } else if (onlyTheirs.size() < SAMPLES && articles % 23 == 0) {
                        onlyTheirs.add("`" + file.getParent().getFileName() + "` dct " + dct + ": HeidelTime " + day
                                + " not found by newsbrief");
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double precision = ours == 0 ? 0 : (double) agreed / ours;
        double recall = theirs == 0 ? 0 : (double) agreed / theirs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # Time expressions against HeidelTime on Timeline17

                Produced by `newsbrief bench timex` (newsbrief %s): %d articles of `../shared/data/timeline17`,
                each split into sentences and tagged with its creation date as anchor, in %.1f s on one thread.
                Per article, the set of dates newsbrief resolves (days, months and years, written as HeidelTime's
                stored dates write them: a month as its first day, a year as its first of January) is compared
                with the set in the article's stored HeidelTime `dates`; counts are summed over articles.
                HeidelTime is a reference, not ground truth.

                | dates found by newsbrief | dates found by HeidelTime | agreed | precision | recall | F1 |
                |---|---|---|---|---|---|
                | %d | %d | %d | **%.3f** | **%.3f** | **%.3f** |

                ## Samples: dates newsbrief found that HeidelTime did not

                """, org.newsbrief.brief.RunInfo.currentVersion(), articles, seconds, ours, theirs, agreed, precision,
                recall, f1));
        onlyOurs.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## Samples: dates HeidelTime found that newsbrief did not\n\n");
        onlyTheirs.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** HeidelTime's stored dates write a year as its first of January and a month as its first day. */
    private static String asHeidelTimeDay(TimeMention mention) {
        if (mention.value() == null) {
            return null;
        }
        return switch (mention.value().granularity()) {
            case DAY, MONTH, YEAR -> mention.value().start().toString();
            default -> null;
        };
    }

    private static String sample(Path file, LocalDate dct, String text, int from, int to, String label) {
        int left = Math.max(0, from - 60);
        int right = Math.min(text.length(), to + 40);
        String context = (text.substring(left, from) + "**" + text.substring(from, to) + "**" + text.substring(to, right))
                .replace('\n', ' ').replace("`", "'");
        return "`" + file.getParent().getFileName() + "` dct " + dct + " -> " + label + ": ..." + context + "...";
    }

    private static List<Path> articleFiles(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(dir -> dir.resolve("articles.json")).filter(Files::isRegularFile).sorted().toList();
        }
    }
}
