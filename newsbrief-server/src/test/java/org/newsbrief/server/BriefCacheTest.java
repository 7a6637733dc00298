package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsbrief.brief.BriefConfig;

class BriefCacheTest {

    private static StoredBrief brief(int words, int size) {
        return new StoredBrief(new BriefConfig("lead", words), "j".repeat(size), "", "", Instant.EPOCH);
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenFull() {
        BriefCache cache = new BriefCache(2 * 250);
        cache.put("a", brief(100, 100));
        cache.put("b", brief(100, 100));
        assertThat(cache.get("a", new BriefConfig("lead", 100))).isPresent();
        cache.put("c", brief(100, 100));
        assertThat(cache.get("b", new BriefConfig("lead", 100))).isEmpty();
        assertThat(cache.get("a", new BriefConfig("lead", 100))).isPresent();
        assertThat(cache.get("c", new BriefConfig("lead", 100))).isPresent();
    }

    @Test
    void forgetsEveryBriefOfAChangedCollection() {
        BriefCache cache = new BriefCache(1 << 20);
        cache.put("a", brief(100, 10));
        cache.put("a", brief(200, 10));
        cache.put("b", brief(100, 10));
        cache.forget("a");
        assertThat(cache.get("a", new BriefConfig("lead", 100))).isEmpty();
        assertThat(cache.get("a", new BriefConfig("lead", 200))).isEmpty();
        assertThat(cache.get("b", new BriefConfig("lead", 100))).isPresent();
    }

    @Test
    void aZeroSizedCacheKeepsNothing() {
        BriefCache cache = new BriefCache(0);
        cache.put("a", brief(100, 1));
        assertThat(cache.get("a", new BriefConfig("lead", 100))).isEmpty();
    }
}
