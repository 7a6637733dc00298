package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.testing.Stories;

class SupportFinderTest {

    private final SupportFinder finder = new SupportFinder(SupportFinder.Options.DEFAULTS);

    @Test
    void citesEveryArticleWithANearDuplicateSentence() {
        Document a = Stories.document("a", null, "\"It is the first exodus of this kind from east Aleppo since 2012,\""
                + " Abdel Rahman said. The army advanced.");
        Document b = Stories.document("b", null, "Rebels regrouped in the south. \"It is the first exodus of this kind"
                + " from east Aleppo since 2012,\" Rahman added.");
        Document c = Stories.document("c", null, "Aid agencies warned of food shortages in the besieged districts.");
        List<List<SentenceRef>> supports = finder.supports(List.of(a, b, c), List.of(a.sentences().get(0)));
        assertThat(supports.get(0)).extracting(SentenceRef::articleId).containsExactly("a", "b");
        assertThat(supports.get(0).get(1)).isEqualTo(SentenceRef.of(b.sentences().get(1)));
    }

    @Test
    void unrelatedSentencesDoNotSupport() {
        Document a = Stories.document("a", null, "Government forces seized Masaken Hanano on Saturday.");
        Document b = Stories.document("b", null, "The Turkish army backed rebels near the border with new tanks.");
        assertThat(finder.supports(List.of(a, b), a.sentences()).get(0)).extracting(SentenceRef::articleId)
                .containsExactly("a");
    }
}
