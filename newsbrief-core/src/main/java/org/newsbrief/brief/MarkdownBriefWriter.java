package org.newsbrief.brief;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsbrief.model.Issue;

/**
 * Markdown: title, summary with numbered citations such as {@code [1][3]}, the numbered source
 * list (outlet, title, date, link), issues and run information. Article text is escaped so that
 * it cannot inject Markdown or HTML. Stateless and thread-safe.
 */
public final class MarkdownBriefWriter implements BriefWriter {

    @Override
    public void write(Brief brief, Writer out) throws IOException {
        out.write("# " + escape(brief.title()) + "\n\n");
        out.write("*" + describeRun(brief) + "*\n\n");
        out.write("## Summary\n\n");
        if (brief.summary().isEmpty()) {
            out.write("No sentence of the articles could stand in a summary.\n\n");
        }
        for (BriefSentence sentence : brief.summary()) {
            out.write(escape(sentence.displayText()) + " " + citations(sentence) + "\n\n");
        }
        writeFigures(brief, out);
        writeEntities(brief, out);
        writeTimeline(brief, out);
        out.write("## Sources\n\n");
        for (BriefSource source : brief.sources()) {
            out.write(source.number() + ". " + describeSource(source) + "\n");
        }
        if (!brief.issues().isEmpty()) {
            out.write("\n## Issues\n\n");
            for (Issue issue : brief.issues()) {
                out.write("- " + issue.severity().name().toLowerCase(java.util.Locale.ROOT) + " `"
                        + issue.source().replace("`", "'") + "`: " + escape(issue.message()) + "\n");
            }
            long more = brief.run().issues() - brief.issues().size();
            if (more > 0) {
                out.write("- and " + more + " more\n");
            }
        }
    }

    private static void writeFigures(Brief brief, Writer out) throws IOException {
        if (brief.figures().isEmpty()) {
            return;
        }
        out.write("## Key figures\n\n| figure | reported | sources agree? |\n|---|---|---|\n");
        for (BriefFigure figure : brief.figures()) {
            StringBuilder values = new StringBuilder();
            for (BriefFigure.BriefFigureValue value : figure.values()) {
                if (values.length() > 0) {
                    values.append("; ");
                }
                values.append(escape(value.text()));
                if (!value.window().isEmpty()) {
                    values.append(" (").append(escape(value.window())).append(')');
                }
                values.append(" [").append(value.citation().source()).append(']');
            }
            String agreement = figure.agreement().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            out.write("| " + escape(figure.what()) + " | " + values + " | "
                    + (agreement.equals("conflict") ? "**conflict**: " + conflicts(figure)
                    : agreement.equals("changed") ? "**changed over time**: " + figure.describeEarlier(MarkdownBriefWriter::escape)
                    : agreement) + " |\n");
        }
        out.write("\n");
    }

    private static String conflicts(BriefFigure figure) {
        return String.join("; ", figure.conflicts().stream().map(c -> figure.describe(c, MarkdownBriefWriter::escape)).toList());
    }

    private static void writeEntities(Brief brief, Writer out) throws IOException {
        if (brief.entities().isEmpty()) {
            return;
        }
        out.write("## People, places and organisations\n\n");
        for (BriefEntity entity : brief.entities()) {
            StringBuilder line = new StringBuilder("- **").append(escape(entity.name())).append("** (")
                    .append(kind(entity));
            List<String> others = entity.variants().subList(1, entity.variants().size());
            if (!others.isEmpty()) {
                line.append("; also written ").append(escape(String.join(", ", others)));
            }
            line.append("): ").append(reach(entity)).append(' ');
            CitationCap.shown(entity.sources()).forEach(n -> line.append('[').append(n).append(']'));
            out.write(line.append(CitationCap.more(entity.sources())).append('\n').toString());
        }
        out.write("\n");
    }

    /**
     * How widely a story names an entity: its outlets, and its articles where there are more ("2 outlets, 6 articles": a
     * wire service's six reports are not six outlets, yet the line cites six sources).
     */
    static String reach(BriefEntity entity) {
        String outlets = entity.outlets() + (entity.outlets() == 1 ? " outlet" : " outlets");
        return entity.sources().size() > entity.outlets() ? outlets + ", " + entity.sources().size() + " articles" : outlets;
    }

    /**
     * The kind a reader sees: "group" for a people's, faith's or party's plural, which the resolver types an
     * organisation ("Spaniards", "Catholics"; issue 5): a group, not an organisation. The JSON type is kept.
     */
    static String kind(BriefEntity entity) {
        return entity.type().equals("ORGANIZATION") && org.newsbrief.entities.Groups.isPeoplesPlural(entity.name())
                ? "group" : kind(entity.type());
    }

    static String kind(String type) {
        return switch (type) {
            case "PERSON" -> "person";
            case "LOCATION" -> "place";
            case "ORGANIZATION" -> "organisation";
            default -> "name";
        };
    }

    private static void writeTimeline(Brief brief, Writer out) throws IOException {
        if (brief.timeline().isEmpty()) {
            return;
        }
        out.write("## Timeline\n\n");
        for (BriefTimelineEntry entry : brief.timeline()) {
            StringBuilder cites = new StringBuilder();
            CitationCap.shown(entry.sourceNumbers()).forEach(number -> cites.append('[').append(number).append(']'));
            cites.append(CitationCap.more(entry.sourceNumbers()));
            out.write("- **" + entry.date() + "**" + (entry.inferred() ? " (year inferred)" : "") + ": "
                    + escape(entry.text()) + " " + cites + "\n");
        }
        out.write("\n");
    }

    static String describeRun(Brief brief) {
        RunInfo run = brief.run();
        long outlets = brief.sources().stream().map(BriefSource::outlet).distinct().count();
        return "Brief of " + run.articles() + " article" + (run.articles() == 1 ? "" : "s") + " from " + outlets
                + " outlet" + (outlets == 1 ? "" : "s") + "; " + brief.summaryWords() + " words by "
                + run.config().summarizer() + " (budget " + run.config().words() + "); newsbrief " + run.version();
    }

    private static String citations(BriefSentence sentence) {
        StringBuilder out = new StringBuilder();
        CitationCap.shown(sentence.sourceNumbers()).forEach(number -> out.append('[').append(number).append(']'));
        out.append(CitationCap.more(sentence.sourceNumbers()));
        if (sentence.outlets() > 1) {
            out.append(" *(").append(sentence.outlets()).append(" outlets)*");
        }
        return out.toString();
    }

    private static String describeSource(BriefSource source) {
        StringBuilder out = new StringBuilder("**").append(escape(source.outlet())).append("**");
        if (!source.title().isBlank()) {
            out.append(", *").append(escape(source.title())).append('*');
        }
        out.append(source.published() == null ? ", undated" : ", " + source.published());
        if (source.url() != null && SafeLinks.isWebLink(source.url())) {
            out.append(", <").append(source.url().replace(">", "%3E").replace(" ", "%20")).append('>');
        }
        out.append(" (`").append(source.origin().replace("`", "'")).append("`)");
        return out.toString();
    }

    /** Escapes Markdown and inline HTML in article text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
