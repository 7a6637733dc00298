package org.newsbrief.cluster;

import java.util.List;
import org.newsbrief.model.Document;

/** Groups analysed articles into stories. Implementations are thread-safe and deterministic. */
public interface StoryClusterer {

    /** The stories of {@code documents}, largest first; every document is in exactly one story. */
    List<Story> cluster(List<Document> documents);
}
