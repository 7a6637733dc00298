package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.testing.Stories;

class CentroidMmrSummarizerTest implements SummarizerContract {

    @Override
    public Summarizer summarizer() {
        return Summarizers.create(Summarizers.CENTROID_MMR);
    }

    @Test
    void doesNotRepeatNearDuplicateSentencesFromDifferentOutlets() {
        Document a = Stories.document("a", null, "Thousands of civilians fled east Aleppo after the army seized Masaken Hanano."
                + " Rebels vowed to fight on in the remaining districts of the city.");
        Document b = Stories.document("b", null, "Thousands of civilians fled east Aleppo after the army seized Masaken Hanano."
                + " Aid agencies warned of food and fuel shortages in the besieged east.");
        Summary summary = summarizer().summarize(List.of(a, b), Budget.words(100));
        assertThat(summary.sentences().stream().filter(s -> s.text().startsWith("Thousands"))).hasSize(1);
    }

    @Test
    void ordersByDateThenPosition() {
        Document later = Stories.document("later", LocalDate.of(2016, 11, 27),
                "Government forces captured the Masaken Hanano district of Aleppo on Saturday afternoon.");
        Document earlier = Stories.document("earlier", LocalDate.of(2016, 11, 20),
                "Government forces began shelling the eastern districts of Aleppo on Tuesday morning again.");
        List<Sentence> sentences = summarizer().summarize(List.of(later, earlier), Budget.words(100)).sentences();
        assertThat(sentences).extracting(Sentence::articleId).containsExactly("earlier", "later");
    }

    @Test
    void skipsSentencesOpeningWithAnUnresolvedPronounOrConnective() {
        Document document = Stories.document("a", null, "Government forces seized the largest rebel-held district of Aleppo."
                + " However, the rebels said they would fight on in the remaining districts."
                + " He said the army would continue its advance into the east of the city.");
        List<Sentence> sentences = summarizer().summarize(List.of(document), Budget.words(200)).sentences();
        assertThat(sentences).extracting(Sentence::text).noneMatch(t -> t.startsWith("However") || t.startsWith("He "));
    }

    @Test
    void unknownNameFailsListingTheValidOnes() {
        assertThatThrownBy(() -> Summarizers.create("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown summarizer 'nope'").hasMessageContaining(Summarizers.CENTROID_MMR);
    }
}
