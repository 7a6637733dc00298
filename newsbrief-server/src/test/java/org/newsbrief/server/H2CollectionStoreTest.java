package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;

class H2CollectionStoreTest {

    private final H2CollectionStore store = H2CollectionStore.openUrl(
            "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    private static Article article(String id, String body) {
        return new Article(id, "Outlet", "https://example.org/" + id, "Title " + id, LocalDate.of(2016, 11, 27), body, id);
    }

    @Test
    void keepsArticlesInOrderWithEveryField() {
        StoredCollection created = store.create("c", List.of(article("a", "one"), article("b", "two")),
                List.of(Issue.skipped("x.bin", "unsupported")));
        assertThat(store.articles(created.id())).containsExactly(article("a", "one"), article("b", "two"));
        assertThat(store.issues(created.id())).containsExactly(Issue.skipped("x.bin", "unsupported"));
        assertThat(store.find(created.id()).orElseThrow().articles()).isEqualTo(2);
        assertThat(store.article(created.id(), "b")).contains(article("b", "two"));
        assertThat(store.article(created.id(), "nope")).isEmpty();
    }

    @Test
    void repeatedArticleIdsGetASuffix() {
        StoredCollection created = store.create("c", List.of(article("a", "one"), article("a", "two")), List.of());
        store.update(created.id(), new CollectionChange(null, List.of(article("a", "three")), List.of(), List.of()));
        assertThat(store.articles(created.id())).extracting(Article::id).containsExactly("a", "a~2", "a~3");
        store.update(created.id(), new CollectionChange(null, List.of(article("b", "four")), List.of(), List.of("a~2")));
        assertThat(store.articles(created.id())).extracting(Article::body).containsExactly("one", "three", "four");
    }

    @Test
    void changingArticlesDropsStoredBriefsButRenamingDoesNot() {
        String id = store.create("c", List.of(article("a", "one")), List.of()).id();
        BriefConfig config = new BriefConfig("lead", 100);
        store.saveBrief(id, new StoredBrief(config, "{}", "# md", "<html>", Instant.EPOCH));
        store.update(id, new CollectionChange("renamed", List.of(), List.of(), List.of()));
        assertThat(store.brief(id, config)).isPresent();
        store.update(id, new CollectionChange(null, List.of(), List.of(), List.of("a")));
        assertThat(store.brief(id, config)).isEmpty();
        assertThat(store.find(id).orElseThrow().name()).isEqualTo("renamed");
    }

    @Test
    void deleteRemovesEverythingAndUnknownIdsAreEmpty() {
        String id = store.create("c", List.of(article("a", "one")), List.of()).id();
        assertThat(store.delete(id)).isTrue();
        assertThat(store.delete(id)).isFalse();
        assertThat(store.find(id)).isEmpty();
        assertThat(store.articles(id)).isEmpty();
        assertThat(store.update(id, new CollectionChange("x", List.of(), List.of(), List.of()))).isEmpty();
        store.saveBrief(id, new StoredBrief(new BriefConfig("lead", 100), "{}", "", "", Instant.EPOCH));
        assertThat(store.brief(id, new BriefConfig("lead", 100))).isEmpty();
    }
}
