package org.newsbrief.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run did: counts and the wall time of each stage in milliseconds (stages are forced one
 * after the other, so each time is that stage's own cost). Mutable while the job runs; not
 * thread-safe (the driver fills it).
 */
public final class JobReport {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private long started = System.nanoTime();

    void count(String name, long value) {
        counts.put(name, value);
    }

    /** Ends the current stage under {@code name} and starts the next. */
    void stage(String name) {
        long now = System.nanoTime();
        stageMillis.merge(name, (now - started) / 1_000_000, Long::sum);
        started = now;
    }

    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    /** Stage name to milliseconds, in stage order. */
    public Map<String, Long> stageMillis() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("counts", counts);
        map.put("stageMillis", stageMillis);
        return map;
    }
}
