package org.newsbrief.cluster;

import java.util.List;
import org.newsbrief.model.Document;

/**
 * The batch clusterer followed by a story-level pass: the stories {@link AverageLinkageClusterer}
 * finds are regrouped by {@link StoryRegrouping#gather} (stories that do not stand apart from a
 * larger one by cosine and names are merged into it). Thread-safe and deterministic.
 *
 * @param clusterer the batch clusterer
 * @param regrouping the tests the stories must pass to stay apart
 * @param needNames whether only stories with characteristic names are regrouped (see {@link StoryRegrouping#gather})
 */
public record RegroupingClusterer(AverageLinkageClusterer clusterer, StoryRegrouping regrouping, boolean needNames)
        implements StoryClusterer {

    public RegroupingClusterer {
        if (clusterer == null || regrouping == null) {
            throw new IllegalArgumentException("no clusterer or no regrouping");
        }
        if (needNames && regrouping.tests().nameOverlap() == 0) {
            throw new IllegalArgumentException("stories cannot need names without a name test");
        }
    }

    @Override
    public List<Story> cluster(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return regroup(clusterer.grouping(documents)).stories(documents);
    }

    /** The grouping's groups regrouped, with the same signatures. */
    public AverageLinkageClusterer.Grouping regroup(AverageLinkageClusterer.Grouping grouping) {
        return new AverageLinkageClusterer.Grouping(regrouping.gather(grouping.groups(), grouping.signatures(), needNames),
                grouping.signatures());
    }
}
