package org.newsbrief.brief;

import java.io.IOException;
import java.io.Writer;
import org.newsbrief.model.Issue;

/**
 * A self-contained HTML page: no scripts, no external resources, a Content-Security-Policy
 * that forbids both, and every piece of article text escaped. Citations link to the numbered
 * sources. Stateless and thread-safe.
 */
public final class HtmlBriefWriter implements BriefWriter {

    private static final String STYLE = """
            body{font:17px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;background:#fbfaf7;margin:0}
            main{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
            h1{font-size:2rem;line-height:1.2;margin:0 0 .4rem}
            h2{font:600 .8rem/1.2 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#6e6e73;
               border-top:1px solid #e2e0da;padding-top:1rem;margin-top:2.2rem}
            .run{font:.85rem/1.4 system-ui,sans-serif;color:#6e6e73;margin:0 0 1.5rem}
            .summary p{margin:0 0 1rem}
            sup a{font:600 .7rem system-ui,sans-serif;text-decoration:none;color:#0a5fb4;margin-left:.1rem}
            .outlets{font:.75rem system-ui,sans-serif;color:#6e6e73;margin-left:.35rem}
            ol.sources{padding-left:1.6rem;font-size:.95rem} ol.sources li{margin:.35rem 0}
            .meta{color:#6e6e73;font-size:.85rem} .issues{font:.85rem/1.4 system-ui,sans-serif;color:#8a4b00}
            :target{background:#fff3c4}
            h2.story{font:700 1.6rem/1.25 Georgia,'Times New Roman',serif;text-transform:none;letter-spacing:0;
               color:#1d1d1f;border-top:3px solid #1d1d1f;padding-top:1.2rem;margin-top:3rem}
            svg.axis{width:100%;height:auto;margin:.5rem 0 1rem}
            .figures table{border-collapse:collapse;width:100%;font-size:.95rem}
            .figures th,.figures td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid #e2e0da}
            .figures ul{margin:0;padding-left:1rem} tr.conflict th{color:#a11}
            .flag{color:#fff;background:#b3261e;border-radius:3px;padding:.05rem .35rem;font:600 .75rem system-ui,sans-serif}
            ol.events{list-style:none;padding:0} ol.events li{margin:0 0 .8rem;padding-left:1rem;border-left:3px solid #0a5fb4}
            ol.events time{font:600 .8rem system-ui,sans-serif;color:#0a5fb4;display:block}
            """;
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            + "base-uri 'none'; form-action 'none'";

    @Override
    public void write(Brief brief, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.write("<title>" + escape(brief.title()) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        out.write("<h1>" + escape(brief.title()) + "</h1>\n");
        out.write("<p class=\"run\">" + escape(MarkdownBriefWriter.describeRun(brief)) + "</p>\n");
        writeSummary(brief, out);
        writeFigures(brief, out);
        writeEntities(brief, out);
        writeTimeline(brief, out);
        writeSources(brief, out);
        writeIssues(brief, out);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void writeSummary(Brief brief, Writer out) throws IOException {
        out.write("<section class=\"summary\">\n<h2>Summary</h2>\n");
        if (brief.summary().isEmpty()) {
            out.write("<p>No sentence of the articles could stand in a summary.</p>\n");
        }
        for (BriefSentence sentence : brief.summary()) {
            out.write("<p>" + escape(sentence.displayText()));
            out.write(citations(brief, sentence.sourceNumbers()));
            if (sentence.outlets() > 1) {
                out.write("<span class=\"outlets\">" + sentence.outlets() + " outlets</span>");
            }
            out.write("</p>\n");
        }
        out.write("</section>\n");
    }

    private static void writeFigures(Brief brief, Writer out) throws IOException {
        if (brief.figures().isEmpty()) {
            return;
        }
        out.write("<section class=\"figures\">\n<h2>Key figures</h2>\n<table>\n<thead><tr><th scope=\"col\">Figure</th>"
                + "<th scope=\"col\">Reported</th><th scope=\"col\">Sources agree?</th></tr></thead>\n<tbody>\n");
        for (BriefFigure figure : brief.figures()) {
            String agreement = figure.agreement().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            out.write("<tr class=\"" + agreement + "\"><th scope=\"row\">" + escape(figure.what()) + "</th><td><ul>");
            for (BriefFigure.BriefFigureValue value : figure.values()) {
                out.write("<li><strong>" + escape(value.text()) + "</strong>"
                        + (value.window().isEmpty() ? "" : " <span class=\"meta\">" + escape(value.window()) + "</span>")
                        + citations(brief, java.util.List.of(value.citation().source())) + "</li>");
            }
            out.write("</ul></td><td>" + (agreement.equals("conflict") ? "<strong class=\"flag\">conflict</strong>"
                    + String.join("", figure.conflicts().stream().map(c -> "<br><span class=\"meta\">"
                    + figure.describe(c, HtmlBriefWriter::escape) + "</span>").toList())
                    : agreement.equals("changed") ? "changed over time<br><span class=\"meta\">"
                    + figure.describeEarlier(HtmlBriefWriter::escape) + "</span>"
                    : agreement.replace('-', ' ')) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private static void writeEntities(Brief brief, Writer out) throws IOException {
        if (brief.entities().isEmpty()) {
            return;
        }
        out.write("<section class=\"entities\">\n<h2>People, places and organisations</h2>\n<ul>\n");
        for (BriefEntity entity : brief.entities()) {
            java.util.List<String> others = entity.variants().subList(1, entity.variants().size());
            out.write("<li><strong>" + escape(entity.name()) + "</strong> <span class=\"meta\">"
                    + MarkdownBriefWriter.kind(entity)
                    + (others.isEmpty() ? "" : "; also written " + escape(String.join(", ", others))) + "; "
                    + MarkdownBriefWriter.reach(entity) + "</span>"
                    + citations(brief, entity.sources()) + "</li>\n");
        }
        out.write("</ul>\n</section>\n");
    }

    private static void writeTimeline(Brief brief, Writer out) throws IOException {
        if (brief.timeline().isEmpty()) {
            return;
        }
        out.write("<section class=\"timeline\">\n<h2>Timeline</h2>\n");
        out.write(TimelineSvg.draw(brief.timeline()));
        out.write("<ol class=\"events\">\n");
        int n = 0;
        for (BriefTimelineEntry entry : brief.timeline()) {
            n++;
            out.write("<li id=\"timeline-" + n + "\"><time datetime=\"" + escape(entry.start().toString()) + "\">"
                    + escape(entry.date()) + "</time>" + (entry.inferred() ? " <span class=\"meta\">(year inferred)</span>" : "")
                    + " " + escape(entry.text()) + citations(brief, entry.sourceNumbers()) + "</li>\n");
        }
        out.write("</ol>\n</section>\n");
    }

    private static String citations(Brief brief, java.util.List<Integer> numbers) {
        StringBuilder out = new StringBuilder("<sup>");
        for (int number : CitationCap.shown(numbers)) {
            out.append("<a href=\"#source-").append(number).append("\" title=\"")
                    .append(escape(brief.source(number).outlet())).append("\">[").append(number).append("]</a>");
        }
        return out.append(CitationCap.more(numbers)).append("</sup>").toString();
    }

    private static void writeSources(Brief brief, Writer out) throws IOException {
        out.write("<section>\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
        for (BriefSource source : brief.sources()) {
            out.write("<li id=\"source-" + source.number() + "\"><strong>" + escape(source.outlet()) + "</strong>");
            boolean link = source.url() != null && SafeLinks.isWebLink(source.url());
            String label = escape(source.title().isBlank() && link ? source.url() : source.title());
            if (!label.isEmpty()) {
                out.write(", " + (link ? "<a rel=\"noopener noreferrer nofollow\" href=\"" + escape(source.url()) + "\">"
                        + label + "</a>" : "<em>" + label + "</em>"));
            }
            out.write(" <span class=\"meta\">" + (source.published() == null ? "undated" : source.published().toString())
                    + " &middot; " + escape(source.origin()) + "</span></li>\n");
        }
        out.write("</ol>\n</section>\n");
    }

    private static void writeIssues(Brief brief, Writer out) throws IOException {
        if (brief.issues().isEmpty()) {
            return;
        }
        out.write("<section class=\"issues\">\n<h2>Issues</h2>\n<ul>\n");
        for (Issue issue : brief.issues()) {
            out.write("<li>" + escape(issue.severity().name().toLowerCase(java.util.Locale.ROOT)) + " <code>"
                    + escape(issue.source()) + "</code>: " + escape(issue.message()) + "</li>\n");
        }
        long more = brief.run().issues() - brief.issues().size();
        if (more > 0) {
            out.write("<li>and " + more + " more</li>\n");
        }
        out.write("</ul>\n</section>\n");
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
