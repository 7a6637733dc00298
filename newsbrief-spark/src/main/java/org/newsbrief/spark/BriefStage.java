package org.newsbrief.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.newsbrief.brief.BriefBuilder;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.brief.JsonBriefWriter;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Signature;
import org.newsbrief.cluster.Story;
import org.newsbrief.cluster.StoryNaming;
import org.newsbrief.cluster.TermCounts;
import org.newsbrief.cluster.Vocabulary;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;
import org.newsbrief.pipeline.BriefPipeline;
import scala.Tuple2;

/**
 * Names and briefs the stories of one partition, each from all its articles in input order.
 * The brief builder is built once per partition from the configuration's JSON; a story of two or
 * more articles gets the brief the single-JVM pipeline gives it, written by {@link JsonBriefWriter}; so does
 * the one story of every article when no two formed a story, with that pipeline's warning.
 */
final class BriefStage implements FlatMapFunction<Iterator<Tuple2<Integer, Iterable<byte[]>>>, StoryResult> {

    /** One article of a story on its way to the brief: its index in the collection and the analysed article. */
    record Member(int index, Document document) implements java.io.Serializable {
    }

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String configJson;
    private final AverageLinkageClusterer.Options options;
    private final Broadcast<Vocabulary> vocabulary;
    private final Broadcast<Map<String, List<String>>> duplicates;

    private final boolean together;

    /**
     * @param together whether no two articles formed a story and the one story holds them all: it is
     *     briefed whatever its size, with the single-JVM pipeline's warning among the brief's issues
     */
    BriefStage(String configJson, AverageLinkageClusterer.Options options, Broadcast<Vocabulary> vocabulary,
            Broadcast<Map<String, List<String>>> duplicates, boolean together) {
        this.configJson = configJson;
        this.options = options;
        this.vocabulary = vocabulary;
        this.duplicates = duplicates;
        this.together = together;
    }

    @Override
    public Iterator<StoryResult> call(Iterator<Tuple2<Integer, Iterable<byte[]>>> stories) {
        BriefBuilder builder = new BriefBuilder(ConfigJson.read(configJson));
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(options);
        TermCounts counts = new TermCounts();
        List<StoryResult> out = new ArrayList<>();
        while (stories.hasNext()) {
            Tuple2<Integer, Iterable<byte[]>> next = stories.next();
            List<Member> members = new ArrayList<>();
            next._2().forEach(bytes -> members.add(Bytes.read(bytes, Member.class)));
            members.sort(Comparator.comparingInt(Member::index));
            List<Document> documents = members.stream().map(Member::document).toList();
            List<Signature> signatures = documents.stream().map(d -> clusterer.signature(counts.of(d),
                    vocabulary.value(), d.article().published())).toList();
            Story story = StoryNaming.story("s" + next._1(), documents, signatures);
            List<String> copies = new ArrayList<>();
            story.articleIds().forEach(id -> copies.addAll(duplicates.value().getOrDefault(id, List.of())));
            String brief = documents.size() < 2 && !together ? null : json(story.id(), builder, documents,
                    issues(documents.size()));
            out.add(new StoryResult(next._1(), story.id(), story.title(), story.first(), story.last(),
                    story.articleIds(), copies, brief));
        }
        return out.iterator();
    }

    /** A story's issue log: empty, or the warning that all its articles were briefed together. */
    private IssueLog issues(int articles) {
        IssueLog issues = new IssueLog();
        if (together) {
            issues.warning(BriefPipeline.NO_STORY_SOURCE, BriefPipeline.noStoryWarning(articles));
        }
        return issues;
    }

    /** The brief as the CLI writes it, on one line, with the story id in front. */
    static String json(String storyId, BriefBuilder builder, List<Document> documents, IssueLog issues) {
        try {
            StringWriter written = new StringWriter();
            new JsonBriefWriter().write(builder.build(documents, issues), written);
            ObjectNode line = JSON.createObjectNode();
            line.put("story", storyId);
            line.setAll((ObjectNode) JSON.readTree(written.toString()));
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a brief to memory", e);
        }
    }
}
