package org.newsbrief.eval.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;
import org.newsbrief.summarize.ConceptFeatures;
import org.newsbrief.summarize.LearnedConceptWeights;
import org.newsbrief.summarize.LinearModelFile;

class ConceptWeightTrainingTest {

    private static Article article(String id, String body) {
        return new Article(id, id, null, "", null, body, id);
    }

    @Test
    void aConceptsLabelIsTheShareOfReferencesHoldingIt() {
        EvalCluster cluster = new EvalCluster("c", List.of(
                article("a", "Taliban fighters seized Kabul airport on Monday after a long battle with the army."),
                article("b", "Witnesses said that Taliban fighters seized Kabul airport on Monday at dawn."),
                article("c", "The government fled as Taliban fighters seized Kabul airport on Monday night.")),
                List.of(List.of("The Taliban seized Kabul airport.", "The government fled."),
                        List.of("Fighters took the capital's airfield on Monday.")));
        ConceptWeightTraining.Story story = ConceptWeightTraining.stories(List.of(cluster), NewsTextAnalyzer.standard(), 1).get(0);
        ConceptWeightTraining.Examples examples = ConceptWeightTraining.examples(story, 3);
        org.newsbrief.summarize.Concepts concepts = new org.newsbrief.summarize.Concepts(story.pool(), 3);
        assertThat(examples.labels()).hasSize(concepts.count());
        assertThat(examples.features().length).isEqualTo(concepts.count());
        int kabulAirport = concepts.in(List.of("Kabul", "airport"))[0];
        int seizedKabul = concepts.in(List.of("seized", "Kabul"))[0];
        int onMonday = concepts.in(List.of("on", "Monday"))[0];
        int taliban = concepts.in(List.of("Taliban", "fighters"))[0];
        assertThat(examples.labels()[kabulAirport]).isEqualTo(0.5); // the first reference only
        assertThat(examples.labels()[seizedKabul]).isEqualTo(0.5);
        assertThat(examples.labels()[onMonday]).isEqualTo(0.5); // the second only
        assertThat(examples.labels()[taliban]).isZero();
    }

    @Test
    void theFitRecoversAModelThatMadeTheLabelsAndEveryStoryWeighsAlike() {
        int d = ConceptFeatures.NAMES.size();
        double[] truth = new double[d + 1];
        truth[ConceptFeatures.NAMES.indexOf("support")] = 4;
        truth[ConceptFeatures.NAMES.indexOf("stopWord")] = -2;
        truth[d] = -2;
        SplittableRandom random = new SplittableRandom(7);
        List<ConceptWeightTraining.Examples> stories = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            int n = 50 + 150 * (s % 2);
            double[][] x = new double[n][d];
            double[] y = new double[n];
            for (int c = 0; c < n; c++) {
                for (int f = 0; f < d; f++) {
                    x[c][f] = random.nextDouble();
                }
                y[c] = LearnedConceptWeights.probability(truth, x[c]);
            }
            stories.add(new ConceptWeightTraining.Examples(x, y));
        }
        double[] model = ConceptWeightTraining.fit(stories);
        for (int f = 0; f <= d; f++) {
            assertThat(model[f]).as(f < d ? ConceptFeatures.NAMES.get(f) : "bias").isCloseTo(truth[f], within(0.35));
        }
    }

    @Test
    void theModelFileReadsBackAsTheBundledOneIsRead() throws Exception {
        double[] model = new double[ConceptFeatures.NAMES.size() + 1];
        for (int f = 0; f < model.length; f++) {
            model[f] = f - 3.25;
        }
        String file = ConceptWeightTraining.modelFile(model, List.of("Written by a test."));
        assertThat(file).startsWith("# Written by a test.\n");
        assertThat(LinearModelFile.parse(new BufferedReader(new StringReader(file)), ConceptFeatures.NAMES)).containsExactly(model);
    }
}
