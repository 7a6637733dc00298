package org.newsbrief.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsbrief.brief.BriefConfig;

/**
 * The most recently served briefs in memory, bounded by their size, so that reading a popular
 * brief does not go to the database each time. Least recently used first out. Thread-safe.
 */
final class BriefCache {

    private record Key(String collectionId, BriefConfig config) {
    }

    private final long maxChars;
    private final LinkedHashMap<Key, StoredBrief> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    /** A cache holding at most {@code maxBytes} of brief text (two bytes a character); 0 disables it. */
    BriefCache(long maxBytes) {
        this.maxChars = maxBytes / 2;
    }

    synchronized Optional<StoredBrief> get(String collectionId, BriefConfig config) {
        return Optional.ofNullable(entries.get(new Key(collectionId, config)));
    }

    synchronized void put(String collectionId, StoredBrief brief) {
        long size = size(brief);
        if (size > maxChars) {
            return;
        }
        StoredBrief old = entries.put(new Key(collectionId, brief.config()), brief);
        chars += size - (old == null ? 0 : size(old));
        Iterator<StoredBrief> eldest = entries.values().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= size(eldest.next());
            eldest.remove();
        }
    }

    synchronized void forget(String collectionId) {
        for (Iterator<Map.Entry<Key, StoredBrief>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, StoredBrief> entry = it.next();
            if (entry.getKey().collectionId().equals(collectionId)) {
                chars -= size(entry.getValue());
                it.remove();
            }
        }
    }

    private static long size(StoredBrief brief) {
        return (long) brief.json().length() + brief.markdown().length() + brief.html().length();
    }
}
