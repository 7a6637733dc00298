package org.newsbrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.Summarizer;
import org.newsbrief.summarize.Summarizers;
import org.newsbrief.entities.EntityResolver;
import org.newsbrief.facts.FigureReconciler;
import org.newsbrief.summarize.SupportFinder;
import org.newsbrief.time.TimeValue;
import org.newsbrief.time.TimelineBuilder;
import org.newsbrief.time.TimelineEntry;

/**
 * Builds the brief of one story from its analysed documents: summary, support and citations,
 * numbered sources. Sources are numbered by publication date (undated last), then story order.
 * Immutable and thread-safe.
 */
public final class BriefBuilder {

    /** The most entities a brief lists. */
    static final int MAX_ENTITIES = 15;

    private final BriefConfig config;
    private final Summarizer summarizer;
    private final SupportFinder support = new SupportFinder(SupportFinder.Options.DEFAULTS);
    private final TimelineBuilder timelines = new TimelineBuilder(TimelineBuilder.Options.DEFAULTS);
    private final FigureReconciler figures = new FigureReconciler();
    private final EntityResolver entities = new EntityResolver();

    /** Throws {@link IllegalArgumentException} when the configuration names an unknown summarizer. */
    public BriefBuilder(BriefConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.summarizer = Summarizers.create(config.summarizer());
    }

    public Brief build(List<Document> story, IssueLog issues) {
        if (story.isEmpty()) {
            throw new IllegalArgumentException("a brief needs at least one document");
        }
        List<BriefSource> sources = number(story);
        Map<String, BriefSource> byArticle = new HashMap<>();
        sources.forEach(source -> byArticle.put(source.articleId(), source));
        SentencePool pool = SentencePool.of(story);
        List<Sentence> chosen = summarizer.summarize(pool, Budget.words(config.words())).sentences();
        List<List<SentenceRef>> supports = support.supports(pool, chosen);
        List<BriefSentence> summary = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            summary.add(cite(chosen.get(i), supports.get(i), byArticle));
        }
        List<BriefTimelineEntry> timeline = section("timeline", issues, () -> timelines.build(pool).entries().stream()
                .map(entry -> timelineEntry(entry, byArticle)).toList());
        List<BriefFigure> keyFigures = section("key figures", issues, () -> KeyFigures.select(figures.reconcile(story), byArticle));
        List<BriefEntity> names = section("names", issues, () -> entities.resolve(story).stream()
                .filter(e -> e.outlets() >= 2 || e.variants().size() >= 2 || articles(e) >= 2).limit(MAX_ENTITIES)
                .map(e -> new BriefEntity(e.name(), e.type().name(), e.variants(), e.outlets(), e.mentions().size(),
                        e.mentions().stream().map(m -> byArticle.get(m.articleId()).number()).distinct().sorted().toList()))
                .toList());
        int sentences = story.stream().mapToInt(d -> d.sentences().size()).sum();
        RunInfo run = new RunInfo(RunInfo.currentVersion(), config, story.size(), sentences, issues.total());
        return new Brief(TitleChooser.choose(story, chosen), summary, keyFigures, names, timeline, sources,
                issues.issues(), run);
    }

    /**
     * How many articles name an entity. A name in two articles is listed even when one outlet wrote both:
     * a DUC story of ten AP articles left out "Hun Sen", named 91 times in one spelling, because only
     * names of two outlets or two spellings were listed.
     */
    private static long articles(org.newsbrief.entities.Entity entity) {
        return entity.mentions().stream().map(m -> m.articleId()).distinct().limit(2).count();
    }

    /**
     * One optional section of the brief. A failure in it is a bug, but it must not cost the user
     * the summary: the section is left empty and the failure is recorded as an issue.
     */
    private static <T> List<T> section(String name, IssueLog issues, java.util.function.Supplier<List<T>> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            issues.warning("brief", "the " + name + " section was left out after an internal error: " + e);
            return List.of();
        }
    }

    private static BriefTimelineEntry timelineEntry(TimelineEntry entry, Map<String, BriefSource> sources) {
        List<Citation> citations = new ArrayList<>();
        for (SentenceRef ref : entry.support()) {
            citations.add(new Citation(sources.get(ref.articleId()).number(), ref));
        }
        citations.subList(1, citations.size()).sort(Comparator.comparingInt(Citation::source));
        TimeValue when = entry.when();
        return new BriefTimelineEntry(when.label(), when.start(), when.end(), when.granularity().name(), entry.text(),
                citations, entry.inferred());
    }

    private static BriefSentence cite(Sentence sentence, List<SentenceRef> supporters, Map<String, BriefSource> sources) {
        List<Citation> citations = new ArrayList<>();
        for (SentenceRef ref : supporters) {
            citations.add(new Citation(sources.get(ref.articleId()).number(), ref));
        }
        citations.subList(1, citations.size()).sort(Comparator.comparingInt(Citation::source));
        Set<String> outlets = new HashSet<>();
        supporters.forEach(ref -> outlets.add(sources.get(ref.articleId()).outlet()));
        return new BriefSentence(sentence.text(), sentence.articleId(), sentence.index(), sentence.span(), citations,
                outlets.size());
    }

    private static List<BriefSource> number(List<Document> story) {
        List<Article> ordered = new ArrayList<>();
        story.forEach(document -> ordered.add(document.article()));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
        }
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(article -> position.get(article.id())));
        List<BriefSource> sources = new ArrayList<>();
        for (Article article : ordered) {
            sources.add(new BriefSource(sources.size() + 1, article.id(), article.outlet(), article.title(),
                    article.published(), article.url(), article.origin()));
        }
        return sources;
    }
}
