package org.newsbrief.brief;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the briefs of a mixed input in one document: a table of contents, each story's brief
 * (in the single-brief layout), and the single-article stories. JSON has the schema
 * {@code newsbrief/briefs/1}: {@code stories} (each a brief as {@code newsbrief/brief/1} writes
 * it), {@code singletons}, {@code duplicates} (each {@code copy} with the id it is a
 * {@code copyOf}) and {@code issues}. Stateless and thread-safe.
 */
public final class BriefCollectionWriter {

    public static final String SCHEMA = "newsbrief/briefs/1";

    private BriefCollectionWriter() {
    }

    public static String render(BriefCollection collection, BriefFormat format) {
        StringWriter out = new StringWriter();
        try {
            switch (format) {
                case JSON -> json(collection, out);
                case HTML -> html(collection, out);
                default -> markdown(collection, out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void markdown(BriefCollection collection, Writer out) throws IOException {
        out.write("# " + storyCount(collection.stories().size()) + "\n\n## Contents\n\n");
        int n = 0;
        for (Brief brief : collection.stories()) {
            n++;
            out.write(n + ". " + MarkdownBriefWriter.escape(brief.title()) + " (" + brief.sources().size() + " articles)\n");
        }
        if (!collection.singletons().isEmpty()) {
            out.write(++n + ". Single-article stories (" + collection.singletons().size() + ")\n");
        }
        if (!collection.duplicates().isEmpty()) {
            out.write(++n + ". Near-identical copies set aside (" + collection.duplicates().size() + ")\n");
        }
        for (Brief brief : collection.stories()) {
            out.write("\n---\n\n");
            String single = new MarkdownBriefWriter().render(brief);
            out.write(single.replaceAll("(?m)^(#{1,5}) ", "#$1 "));
        }
        if (!collection.singletons().isEmpty()) {
            out.write("\n---\n\n## Single-article stories\n\n");
            for (BriefSource source : collection.singletons()) {
                out.write("- " + markdownSource(source) + "\n");
            }
        }
        if (!collection.duplicates().isEmpty()) {
            out.write("\n---\n\n## Near-identical copies set aside\n\n"
                    + "Each has the text of an article above; it was not briefed a second time.\n\n");
            for (Duplicate duplicate : collection.duplicates()) {
                out.write("- " + markdownSource(duplicate.copy()) + ": copy of `" + duplicate.copyOf().replace("`", "'") + "`\n");
            }
        }
    }

    private static String markdownSource(BriefSource source) {
        return "**" + MarkdownBriefWriter.escape(source.outlet()) + "**"
                + (source.title().isBlank() ? "" : ", *" + MarkdownBriefWriter.escape(source.title()) + "*")
                + (source.published() == null ? "" : ", " + source.published()) + " (`"
                + source.origin().replace("`", "'") + "`)";
    }

    private static void json(BriefCollection collection, Writer out) throws IOException {
        ObjectNode root = JsonBriefWriter.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode stories = root.putArray("stories");
        for (Brief brief : collection.stories()) {
            ObjectNode node = JsonBriefWriter.MAPPER.createObjectNode();
            node.put("schema", JsonBriefWriter.SCHEMA);
            node.setAll((ObjectNode) JsonBriefWriter.MAPPER.valueToTree(brief));
            stories.add(node);
        }
        root.set("singletons", JsonBriefWriter.MAPPER.valueToTree(collection.singletons()));
        root.set("duplicates", JsonBriefWriter.MAPPER.valueToTree(collection.duplicates()));
        root.set("issues", JsonBriefWriter.MAPPER.valueToTree(collection.issues()));
        out.write(JsonBriefWriter.MAPPER.writeValueAsString(root));
        out.write('\n');
    }

    /** One page: contents, then each story's brief with its anchors made unique. */
    private static void html(BriefCollection collection, Writer out) throws IOException {
        String first = new HtmlBriefWriter().render(collection.stories().get(0));
        out.write(first.substring(0, first.indexOf("<main>") + "<main>".length()) + "\n");
        htmlContents(collection.stories(), out);
        int n = 0;
        for (Brief brief : collection.stories()) {
            n++;
            out.write("<article id=\"story-" + n + "\">" + htmlStory(brief, n) + "</article>\n");
        }
        htmlSingletons(collection.singletons(), out);
        htmlDuplicates(collection.duplicates(), out);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void htmlContents(List<Brief> stories, Writer out) throws IOException {
        out.write("<h1>" + storyCount(stories.size()) + "</h1>\n<nav><ol>\n");
        int n = 0;
        for (Brief brief : stories) {
            n++;
            out.write("<li><a href=\"#story-" + n + "\">" + HtmlBriefWriter.escape(brief.title()) + "</a> <span class=\"meta\">"
                    + brief.sources().size() + " articles</span></li>\n");
        }
        out.write("</ol></nav>\n");
    }

    /** The body of the story's own page, its anchors prefixed with the story's number and its title a level down. */
    private static String htmlStory(Brief brief, int n) {
        String page = new HtmlBriefWriter().render(brief);
        String body = page.substring(page.indexOf("<main>") + "<main>".length(), page.indexOf("</main>"));
        String prefix = String.format(Locale.ROOT, "s%d-", n);
        return body.replace("id=\"source-", "id=\"" + prefix + "source-").replace("href=\"#source-", "href=\"#" + prefix + "source-")
                .replace("id=\"timeline-", "id=\"" + prefix + "timeline-")
                .replace("href=\"#timeline-", "href=\"#" + prefix + "timeline-")
                .replace("<h1>", "<h2 class=\"story\">").replace("</h1>", "</h2>");
    }

    private static void htmlSingletons(List<BriefSource> singletons, Writer out) throws IOException {
        if (singletons.isEmpty()) {
            return;
        }
        out.write("<section><h2>Single-article stories</h2>\n<ul>\n");
        for (BriefSource source : singletons) {
            out.write("<li><strong>" + HtmlBriefWriter.escape(source.outlet()) + "</strong> "
                    + HtmlBriefWriter.escape(source.title()) + " <span class=\"meta\">" + HtmlBriefWriter.escape(source.origin())
                    + "</span></li>\n");
        }
        out.write("</ul></section>\n");
    }

    private static void htmlDuplicates(List<Duplicate> duplicates, Writer out) throws IOException {
        if (duplicates.isEmpty()) {
            return;
        }
        out.write("<section><h2>Near-identical copies set aside</h2>\n<ul>\n");
        for (Duplicate duplicate : duplicates) {
            BriefSource source = duplicate.copy();
            out.write("<li><strong>" + HtmlBriefWriter.escape(source.outlet()) + "</strong> "
                    + HtmlBriefWriter.escape(source.title()) + " <span class=\"meta\">" + HtmlBriefWriter.escape(source.origin())
                    + ": copy of " + HtmlBriefWriter.escape(duplicate.copyOf()) + "</span></li>\n");
        }
        out.write("</ul></section>\n");
    }

    /** "1 story", "3 stories". */
    static String storyCount(int n) {
        return n + (n == 1 ? " story" : " stories");
    }
}
