package org.newsbrief.facts;

import java.nio.file.*;
import java.util.*;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.entities.*;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.*;

/**
 * Prints, per story, "story | place < container" for every containment PlaceContainment learns from the
 * story's sentences for the places of its key figures' incidents (with ENTITY_PLACES=1: for every spelling
 * of an entity typed a place). Reads the learned map by reflection: a reading aid, not product code.
 */
public class ContainmentDump {
    public static void main(String[] args) throws Exception {
        var analyzer = NewsTextAnalyzer.standard();
        var resolver = new EntityResolver();
        var f = PlaceContainment.class.getDeclaredField("parent");
        f.setAccessible(true);
        for (String a : args) {
            Path in = Path.of(a);
            List<Article> articles = ArticleSources.standard().readAll(List.of(in), new IssueLog());
            List<Document> story = articles.stream().map(analyzer::analyze).toList();
            Set<String> placeSet = new LinkedHashSet<>();
            if (System.getenv("ENTITY_PLACES") != null) {
                for (Entity e : resolver.resolve(story)) if (e.type() == EntityType.LOCATION) placeSet.addAll(e.variants());
            } else {
                for (FigureGroup g : new FigureReconciler().reconcile(story).groups())
                    for (FigureValue v : g.values()) if (!v.incident().place().isEmpty()) placeSet.add(v.incident().place());
            }
            List<String> places = new ArrayList<>(placeSet);
            List<String> sentences = story.stream().flatMap(d -> d.sentences().stream()).map(Sentence::text).toList();
            PlaceContainment pc = PlaceContainment.learn(sentences, places);
            @SuppressWarnings("unchecked") Map<String, String> parent = new TreeMap<>((Map<String, String>) f.get(pc));
            String name = in.getFileName().toString().equals("articles.json") ? in.getParent().getFileName().toString() : in.getFileName().toString();
            parent.forEach((k, v) -> System.out.println(name + " | " + k + " < " + v));
        }
    }
}
