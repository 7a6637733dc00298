package org.newsbrief.eval.coref;

import java.util.Objects;
import org.newsbrief.entities.EntityMention;

/**
 * One annotated entity mention with its gold chain.
 *
 * @param mention where it is: document id, sentence number, span into the document text, text
 * @param topic the ECB+ topic (folder)
 * @param type the annotation tag ({@code HUMAN_PART_PER}, {@code LOC_GEO}, ...)
 * @param chain the gold chain: the cross-document instance id, else the document's
 *     within-document chain, else the mention alone
 */
public record GoldMention(EntityMention mention, String topic, String type, String chain) {

    public GoldMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chain, "chain");
    }

    /** A key unique within a corpus: document and span. */
    public String id() {
        return mention.articleId() + ":" + mention.span().start() + "-" + mention.span().end();
    }

    /** Whether the mention is a person or group (HUMAN_*) rather than a place (LOC_*). */
    public boolean human() {
        return type.startsWith("HUMAN");
    }
}
