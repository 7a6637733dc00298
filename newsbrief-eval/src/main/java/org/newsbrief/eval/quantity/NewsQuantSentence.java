package org.newsbrief.eval.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One NewsQuant sentence and its gold quantities.
 *
 * @param index its position in {@code NewsQuant.json}, from 0
 * @param text the sentence
 * @param gold its annotated quantities
 */
public record NewsQuantSentence(int index, String text, List<ScoredQuantity> gold) {

    public NewsQuantSentence {
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /** The dev half: sentences at even positions. Rules are developed on these only. */
    public boolean dev() {
        return index % 2 == 0;
    }

    /**
     * The first half of dev, for checking that a rule generalises within dev: dev sentences at even positions
     * within dev (positions 0, 4, 8, ... of the whole set). Errors are read here only.
     */
    public boolean devA() {
        return index % 4 == 0;
    }

    /** The second half of dev: dev sentences at odd positions within dev (2, 6, 10, ...); scored, not read. */
    public boolean devB() {
        return index % 4 == 2;
    }

    /** Reads {@code data/formatted_test_set/NewsQuant.json} under the NewsQuant folder. */
    public static List<NewsQuantSentence> read(Path newsquant) throws IOException {
        return readSet(newsquant, "NewsQuant");
    }

    /** The names of CQE's four unit test sets in the same folder, each scored on its own. */
    public static final List<String> UNIT_SETS = List.of("age-model", "currency-model", "dimension-model",
            "temperature-model");

    /**
     * Reads one set of {@code data/formatted_test_set} ({@code NewsQuant} or one of {@link #UNIT_SETS}). The unit
     * sets annotate value and unit only; their change is taken as {@code =}.
     */
    public static List<NewsQuantSentence> readSet(Path newsquant, String name) throws IOException {
        JsonNode sentences = new ObjectMapper().readTree(
                newsquant.resolve("data/formatted_test_set/" + name + ".json").toFile());
        List<NewsQuantSentence> out = new ArrayList<>();
        for (JsonNode sentence : sentences) {
            List<ScoredQuantity> gold = new ArrayList<>();
            for (JsonNode q : sentence.get("quantities")) {
                gold.add(ScoredQuantity.gold(q.get("value").asText(), q.path("normalized_unit").asText("-"),
                        q.path("change").asText("=")));
            }
            out.add(new NewsQuantSentence(out.size(), sentence.get("text").asText(), gold));
        }
        return out;
    }
}
