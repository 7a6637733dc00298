package org.newsbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class TitleChooserTest {

    private final Document first = Stories.document("a", null,
            "The former ruler, 82, left the clinic on Wednesday. Officials declined to comment on his whereabouts.");
    private final Document second = Stories.document("b", null,
            "Police arrested the former ruler of Chile in London on Friday. The arrest angered his supporters.");

    @Test
    void withoutArticleTitlesAnArticlesOpeningSentenceIsTheTitle() {
        String title = TitleChooser.choose(List.of(first, second),
                List.of(first.sentences().get(1), second.sentences().get(0)));
        assertThat(title).isEqualTo("Police arrested the former ruler of Chile in London on Friday.");
    }

    @Test
    void withoutAnOpeningSentenceTheFirstSummarySentenceIs() {
        String title = TitleChooser.choose(List.of(first, second),
                List.of(first.sentences().get(1), second.sentences().get(1)));
        assertThat(title).isEqualTo("Officials declined to comment on his whereabouts.");
    }
}
