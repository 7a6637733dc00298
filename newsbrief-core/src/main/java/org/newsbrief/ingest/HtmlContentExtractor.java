package org.newsbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page: removes navigation, ads, share bars, related-link lists,
 * comments and footers, picks the container whose paragraphs hold the most text with the fewest
 * links, and returns its blocks as one paragraph per line. Stateless and thread-safe; works on
 * a copy of the page it is given.
 */
final class HtmlContentExtractor {

    private static final String REMOVED_TAGS =
            "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select,"
                    + " nav, header, footer, aside, figure, figcaption, menu, dialog";
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|footer|header|masthead|sidebar|share|sharing|social|related|"
                    + "recommend|comment|comments|advert|advertisement|ad|ads|adslot|promo|newsletter|cookie|"
                    + "breadcrumb|subscribe|signup|popup|modal|widget|outbrain|taboola|caption|byline|tags)"
                    + "([\\s_-]|$)");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

    private HtmlContentExtractor() {
    }

    /** The main text, one block per line; empty when the page holds no running text. */
    static String mainText(Document page) {
        Document copy = page.clone();
        copy.select(REMOVED_TAGS).remove();
        copy.select("[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]")
                .remove();
        removeFurniture(copy.body());
        Element container = bestContainer(copy);
        return blocksOf(container);
    }

    private static void removeFurniture(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root || "article".equals(element.tagName()) || "main".equals(element.tagName())) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (!names.isBlank() && FURNITURE.matcher(names).find()) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static Element bestContainer(Document page) {
        Element article = page.selectFirst("article, [itemprop=articleBody], main");
        if (article != null && textLength(article.select("p")) > 200) {
            return article;
        }
        Element best = page.body();
        double bestScore = 0;
        for (Element paragraph : page.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            double score = containerScore(parent);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    /** Text in direct paragraph children, discounted by the share of it that is link text. */
    private static double containerScore(Element container) {
        int text = 0;
        int linkText = 0;
        for (Element child : container.children()) {
            if ("p".equals(child.tagName())) {
                text += child.text().length();
                linkText += textLength(child.select("a"));
            }
        }
        return text == 0 ? 0 : text * (1.0 - (double) linkText / text);
    }

    private static int textLength(List<Element> elements) {
        int length = 0;
        for (Element element : elements) {
            length += element.text().length();
        }
        return length;
    }

    private static String blocksOf(Element container) {
        StringBuilder out = new StringBuilder();
        for (Element block : container.select(BLOCKS)) {
            if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
                continue; // a wrapper (an li holding paragraphs): its inner blocks are visited
            }
            if (isLinkList(block)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        if (out.length() == 0) {
            out.append(container.wholeText().strip());
        }
        return out.toString().strip();
    }

    /** A list item or paragraph that is all link (related stories, tag lists). */
    private static boolean isLinkList(Element block) {
        int text = block.text().length();
        return text > 0 && textLength(block.select("a")) >= text * 0.8;
    }
}
