package org.newsbrief.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsbrief.clean.NewsTextCleaner;
import org.newsbrief.clean.TextCleaner;
import org.newsbrief.model.Article;

/**
 * A cited sentence in its context, for the brief page's citation popups: the sentence at a span
 * of the article's cleaned text (the text every span of the brief points into) with up to a few
 * hundred characters of its paragraph either side. Thread-safe.
 */
final class Excerpts {

    private static final int CONTEXT = 280;

    private final TextCleaner cleaner = new NewsTextCleaner();

    Map<String, Object> excerpt(Article article, int start, int end) {
        String text = cleaner.clean(article.body());
        if (start < 0 || end < start || end > text.length()) {
            throw ApiException.badRequest("span " + start + ".." + end + " is outside article " + article.id()
                    + " (" + text.length() + " characters)");
        }
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int newline = text.indexOf('\n', end);
        int paragraphEnd = newline < 0 ? text.length() : newline;
        int from = Math.max(paragraphStart, start - CONTEXT);
        int to = Math.min(paragraphEnd, end + CONTEXT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articleId", article.id());
        out.put("outlet", article.outlet());
        out.put("title", article.title());
        out.put("published", article.published() == null ? null : article.published().toString());
        out.put("url", article.url());
        out.put("before", (from > paragraphStart ? "… " : "") + text.substring(from, start));
        out.put("sentence", text.substring(start, end));
        out.put("after", text.substring(end, to) + (to < paragraphEnd ? " …" : ""));
        return out;
    }
}
