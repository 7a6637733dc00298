package org.newsbrief.brief;

import java.util.List;
import java.util.Locale;

/**
 * Draws the timeline as an inline SVG time axis: one point per date, in order and evenly spaced
 * (a story's dates span years and days at once, which a linear scale would crush), labels
 * alternating above and below, each point linking to its entry. No script. Stateless.
 */
final class TimelineSvg {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 96;
    private static final int MARGIN = 40;
    private static final int AXIS_Y = 48;

    private TimelineSvg() {
    }

    static String draw(List<BriefTimelineEntry> entries) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"axis\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Time axis"
                + " from %s to %s\">%n", WIDTH, HEIGHT, HtmlBriefWriter.escape(entries.get(0).date()),
                HtmlBriefWriter.escape(entries.get(entries.size() - 1).date())));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9a958a\" "
                + "stroke-width=\"2\"/>%n", MARGIN / 2, AXIS_Y, WIDTH - MARGIN / 2, AXIS_Y));
        for (int i = 0; i < entries.size(); i++) {
            int x = entries.size() == 1 ? WIDTH / 2 : MARGIN + i * (WIDTH - 2 * MARGIN) / (entries.size() - 1);
            int labelY = i % 2 == 0 ? AXIS_Y - 14 : AXIS_Y + 26;
            svg.append(String.format(Locale.ROOT, "<a href=\"#timeline-%d\"><circle cx=\"%d\" cy=\"%d\" r=\"6\" "
                    + "fill=\"#0a5fb4\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" "
                    + "font-family=\"system-ui,sans-serif\" fill=\"#1d1d1f\">%s</text></a>%n", i + 1, x, AXIS_Y, x, labelY,
                    HtmlBriefWriter.escape(entries.get(i).date())));
        }
        return svg.append("</svg>\n").toString();
    }
}
