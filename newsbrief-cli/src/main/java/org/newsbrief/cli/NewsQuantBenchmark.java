package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.facts.Quantity;
import org.newsbrief.facts.QuantityExtractor;

/**
 * The quantity extractor on NewsQuant (590 sentences, 904 quantities): per sentence, each
 * predicted quantity is matched to at most one gold quantity of equal value (a gold range
 * "252.0-287.0" matches either end); F1 for value, value + unit and value + change.
 */
final class NewsQuantBenchmark {

    private NewsQuantBenchmark() {
    }

    static String run(Path newsquant) throws IOException {
        JsonNode sentences = new ObjectMapper().readTree(newsquant.resolve("data/formatted_test_set/NewsQuant.json").toFile());
        QuantityExtractor extractor = new QuantityExtractor();
        int predicted = 0;
        int gold = 0;
        int[] matched = new int[3];
        long start = System.nanoTime();
        for (JsonNode sentence : sentences) {
            List<Quantity> ours = extractor.extract(sentence.get("text").asText());
            List<JsonNode> theirs = new ArrayList<>();
            sentence.get("quantities").forEach(theirs::add);
            predicted += ours.size();
            gold += theirs.size();
            boolean[] used = new boolean[theirs.size()];
            for (Quantity quantity : ours) {
                for (int g = 0; g < theirs.size(); g++) {
                    if (!used[g] && sameValue(quantity.value(), theirs.get(g).get("value").asText())) {
                        used[g] = true;
                        matched[0]++;
                        matched[1] += sameUnit(quantity.unit(), theirs.get(g)) ? 1 : 0;
                        matched[2] += quantity.change().equals(theirs.get(g).get("change").asText()) ? 1 : 0;
                        break;
                    }
                }
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # Quantities: NewsQuant

                Produced by `newsbrief bench quantities` (newsbrief %s): the rule-based extractor on the %d sentences
                and %d gold quantities of `../shared/data/newsquant/data/formatted_test_set/NewsQuant.json`, in %.0f ms.
                Protocol: per sentence, each predicted quantity matches at most one unmatched gold quantity of the
                same value (a gold range matches either end); precision = matches / %d predicted, recall = matches /
                gold. A match also counts for value + unit when the units agree (lower case, singular, `%%` =
                percent = percentage, `$` = dollar, either containing the other, `-` only with `-`) and for value +
                change when the change labels (`= ~ > < up down`) are equal. CQE's own evaluation script is not
                available here, so its matching may differ in details.

                | system | value P / R / F1 | value + unit F1 | value + change F1 |
                |---|---|---|---|
                """, org.newsbrief.brief.RunInfo.currentVersion(), sentences.size(), gold, millis, predicted));
        out.append(String.format(Locale.ROOT, "| **newsbrief** | %.1f / %.1f / **%.1f** | **%.1f** | **%.1f** |%n",
                100.0 * matched[0] / predicted, 100.0 * matched[0] / gold, f1(matched[0], predicted, gold),
                f1(matched[1], predicted, gold), f1(matched[2], predicted, gold)));
        out.append("""
                | CQE (published) | 92.0 | 85.6 | 88.1 |
                | quantulum3 (published) | 73.0 | 47.2 | - |
                | GPT-3 few-shot (published) | 70.6 | 59.1 | 51.9 |
                | Microsoft Recognizers-Text (published) | 69.1 | 34.2 | - |
                """);
        return out.toString();
    }

    private static double f1(int matches, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) matches / predicted;
        double r = gold == 0 ? 0 : (double) matches / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }

    private static boolean sameValue(double value, String gold) {
        String compact = gold.replace(" ", "");
        int dash = compact.indexOf('-', 1);
        if (dash > 0) {
            return sameValue(value, compact.substring(0, dash)) || sameValue(value, compact.substring(dash + 1));
        }
        try {
            double g = Double.parseDouble(compact);
            return Math.abs(value - g) <= 1e-6 * Math.max(1, Math.abs(g));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameUnit(String ours, JsonNode gold) {
        String mine = normalize(ours);
        for (String field : new String[] {"unit", "normalized_unit"}) {
            String theirs = normalize(gold.path(field).asText("-"));
            if (mine.equals("-") || theirs.equals("-")) {
                if (mine.equals(theirs)) {
                    return true;
                }
                continue;
            }
            if (theirs.contains(mine) || mine.contains(theirs)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).strip();
        if (u.equals("%") || u.equals("percentage") || u.equals("per cent")) {
            return "percent";
        }
        if (u.equals("$") || u.equals("us$") || u.equals("dollars")) {
            return "dollar";
        }
        return u.length() > 3 && u.endsWith("s") && !u.endsWith("ss") ? u.substring(0, u.length() - 1) : u;
    }
}
