package org.newsbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Issue;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.model.Span;
import org.newsbrief.summarize.Summarizers;

class BriefWritersTest {

    private static final String HOSTILE = "Rebels <script>alert(1)</script> <img src=x onerror=alert(2)> "
            + "[click](javascript:alert(3)) *fled* & \"ran\".";

    private static Brief brief() {
        SentenceRef own = new SentenceRef("a.txt", 0, new Span(0, HOSTILE.length()));
        SentenceRef other = new SentenceRef("b.html", 3, new Span(10, 40));
        BriefSentence sentence = new BriefSentence(HOSTILE, "a.txt", 0, own.span(),
                List.of(new Citation(1, own), new Citation(2, other)), 2);
        List<BriefSource> sources = List.of(
                new BriefSource(1, "a.txt", "Outlet <b>A</b>", "Title \"one\"", LocalDate.of(2016, 11, 27),
                        "javascript:alert(4)", "a.txt"),
                new BriefSource(2, "b.html", "B News", "", null, "https://b.example/x?a=1&b=2", "b.html"));
        RunInfo run = new RunInfo("test", BriefConfig.defaults(), 2, 10, 1);
        BriefTimelineEntry event = new BriefTimelineEntry("2016-11-26", LocalDate.of(2016, 11, 26),
                LocalDate.of(2016, 11, 26), "DAY", "On Saturday <b>forces</b> took Masaken Hanano.",
                List.of(new Citation(2, other), new Citation(1, own)), true);
        BriefFigure figure = new BriefFigure("civilians <i>besieged</i>", "besieged", "civilians", "", "", "CONFLICT", List.of(
                new BriefFigure.BriefFigureValue("around 250,000", 250000, 243750, 256250.0, "~", "for months",
                        new Citation(1, own)),
                new BriefFigure.BriefFigureValue("around 275,000", 275000, 268125, 281875.0, "~", "for months",
                        new Citation(2, other))), List.of(new BriefFigure.Conflict("for months", List.of(0, 1))));
        BriefEntity entity = new BriefEntity("Sheikh <Maqsoud>", "LOCATION", List.of("Sheikh <Maqsoud>", "Sheikh Maksoud"),
                2, 3, List.of(1, 2));
        return new Brief("Story <title>", List.of(sentence), List.of(figure), List.of(entity), List.of(event), sources,
                List.of(Issue.skipped("bad.bin", "binary content, not text")), run);
    }

    @Test
    void markdownCitesByNumberAndListsSources() {
        String markdown = new MarkdownBriefWriter().render(brief());
        assertThat(markdown).contains("[1][2] *(2 outlets)*", "1. **Outlet &lt;b&gt;A&lt;/b&gt;**", "2016-11-27",
                "<https://b.example/x?a=1&b=2>", "## Issues", "`bad.bin`");
        assertThat(markdown).doesNotContain("<script>", "<img", "[click](", "<javascript:", "(javascript:alert(4)");
        assertThat(markdown).contains("## Key figures", "| civilians &lt;i&gt;besieged&lt;/i&gt; | around 250,000 (for months) [1];"
                + " around 275,000 (for months) [2] | **conflict**: around 250,000 [1] vs around 275,000 [2] (for months) |");
        assertThat(markdown).contains("- **Sheikh &lt;Maqsoud&gt;** (place; also written Sheikh Maksoud): 2 outlets [1][2]");
        assertThat(markdown).contains("## Timeline", "- **2016-11-26** (year inferred): On Saturday &lt;b&gt;forces&lt;/b&gt;"
                + " took Masaken Hanano. [2][1]");
        assertThat(markdown).contains("\\[click\\](javascript:alert(3))");
    }

    @Test
    void htmlEscapesAllArticleTextAndAllowsNoScript() {
        String html = new HtmlBriefWriter().render(brief());
        assertThat(html).doesNotContain("<script>", "<img", "href=\"javascript:", "<b>A</b>", "<title>Story <title>");
        assertThat(html).contains("&lt;script&gt;", "Content-Security-Policy", "default-src 'none'",
                "href=\"#source-2\"", "href=\"https://b.example/x?a=1&amp;b=2\"", "<svg class=\"axis\"",
                "href=\"#timeline-1\"", "<time datetime=\"2016-11-26\">");
        assertThat(html).doesNotContain("<b>forces</b>", "<i>besieged</i>", "<Maqsoud>");
        assertThat(html).contains("<h2>People, places and organisations</h2>", "Sheikh &lt;Maqsoud&gt;");
        assertThat(html).contains("<tr class=\"conflict\">", "<strong class=\"flag\">conflict</strong>"
                + "<br><span class=\"meta\">around 250,000 [1] vs around 275,000 [2] (for months)</span>");
    }

    @Test
    void jsonHasStableFieldNamesAndSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonBriefWriter().render(brief()));
        assertThat(root.get("schema").asText()).isEqualTo(JsonBriefWriter.SCHEMA);
        assertThat(root.get("title").asText()).isEqualTo("Story <title>");
        JsonNode sentence = root.get("summary").get(0);
        assertThat(sentence.get("text").asText()).isEqualTo(HOSTILE);
        assertThat(sentence.get("citations").get(1).get("source").asInt()).isEqualTo(2);
        assertThat(sentence.get("citations").get(1).get("sentence").get("sentenceIndex").asInt()).isEqualTo(3);
        assertThat(sentence.get("span").get("start").asInt()).isZero();
        assertThat(root.get("sources").get(0).get("published").asText()).isEqualTo("2016-11-27");
        assertThat(root.get("sources").get(1).get("published").isNull()).isTrue();
        assertThat(root.get("issues").get(0).get("severity").asText()).isEqualTo("SKIPPED");
        assertThat(root.get("entities").get(0).get("variants").get(1).asText()).isEqualTo("Sheikh Maksoud");
        JsonNode figure = root.get("figures").get(0);
        assertThat(figure.get("agreement").asText()).isEqualTo("CONFLICT");
        assertThat(figure.get("conflicts").get(0).get("window").asText()).isEqualTo("for months");
        assertThat(figure.get("conflicts").get(0).get("values").toString()).isEqualTo("[0,1]");
        assertThat(figure.get("values").get(1).get("citation").get("source").asInt()).isEqualTo(2);
        assertThat(figure.get("values").get(0).get("high").asDouble()).isEqualTo(256250.0);
        JsonNode event = root.get("timeline").get(0);
        assertThat(event.get("date").asText()).isEqualTo("2016-11-26");
        assertThat(event.get("start").asText()).isEqualTo("2016-11-26");
        assertThat(event.get("citations").get(0).get("source").asInt()).isEqualTo(2);
        assertThat(event.get("inferred").asBoolean()).isTrue();
        assertThat(root.get("run").get("config").get("summarizer").asText()).isEqualTo(Summarizers.DEFAULT);
    }

    @Test
    void aLineShowsItsFirstCitationsAndHowManyMoreWhileJsonKeepsAll() {
        // an entity named in twelve articles of a large story: the line would otherwise cite all twelve
        Brief base = brief();
        List<Integer> twelve = java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList();
        List<BriefSource> sources = twelve.stream().map(n -> new BriefSource(n, "s" + n, "Outlet " + n, "", null, null,
                "s" + n)).toList();
        BriefEntity named = new BriefEntity("Augusto Pinochet", "PERSON", List.of("Augusto Pinochet", "Pinochet"), 12, 40,
                twelve);
        Brief large = new Brief(base.title(), List.of(), List.of(), List.of(named), List.of(), sources, List.of(), base.run());
        assertThat(new MarkdownBriefWriter().render(large))
                .contains("12 outlets [1][2][3][4][5][6][7][8] and 4 more\n").doesNotContain("[9]");
        String html = new HtmlBriefWriter().render(large);
        assertThat(html).contains("href=\"#source-8\"", "and 4 more</sup>").doesNotContain("href=\"#source-9\"");
        assertThat(new JsonBriefWriter().render(large)).contains("\"sources\" : [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 ]");
    }

    @Test
    void anEntityLineCountsArticlesWhereAnOutletSentSeveral() {
        // DUC 2003 d31028t: "Puerto Rico (place): 2 outlets [2][3][4][7][8][10]", six reports of two wire services
        Brief base = brief();
        BriefEntity named = new BriefEntity("Puerto Rico", "LOCATION", List.of("Puerto Rico"), 2, 9, List.of(1, 2, 3));
        List<BriefSource> sources = List.of(1, 2, 3).stream().map(n -> new BriefSource(n, "s" + n, n == 3 ? "B" : "A", "",
                null, null, "s" + n)).toList();
        Brief story = new Brief(base.title(), List.of(), List.of(), List.of(named), List.of(), sources, List.of(), base.run());
        assertThat(new MarkdownBriefWriter().render(story)).contains("- **Puerto Rico** (place): 2 outlets, 3 articles [1][2][3]");
        assertThat(new HtmlBriefWriter().render(story)).contains("2 outlets, 3 articles</span>");
    }

    @Test
    void aCountThatChangedOverTimeNamesItsEarlierCountsInEveryFormat() throws Exception {
        // written for this test after DUC 2003's "Police earlier had reported 65 dead, but backed off that figure"
        Brief base = brief();
        SentenceRef own = new SentenceRef("a.txt", 0, new Span(0, 10));
        SentenceRef other = new SentenceRef("b.html", 3, new Span(10, 40));
        BriefFigure changed = new BriefFigure("people killed", "killed", "people", "", "", "CHANGED", List.of(
                new BriefFigure.BriefFigureValue("<b>65</b>", 65, 65, 65.0, "=", "", new Citation(1, own)),
                new BriefFigure.BriefFigureValue("60", 60, 60, 60.0, "=", "", new Citation(1, own)),
                new BriefFigure.BriefFigureValue("<b>65</b>", 65, 65, 65.0, "=", "", new Citation(2, other))),
                List.of(), List.of(0, 2));
        Brief brief = new Brief(base.title(), base.summary(), List.of(changed), base.entities(), base.timeline(),
                base.sources(), base.issues(), base.run());
        assertThat(new MarkdownBriefWriter().render(brief)).contains(
                "| **changed over time**: earlier &lt;b&gt;65&lt;/b&gt; [1][2] |");
        assertThat(new HtmlBriefWriter().render(brief)).contains(
                "changed over time<br><span class=\"meta\">earlier &lt;b&gt;65&lt;/b&gt; [1][2]</span>");
        JsonNode figure = new ObjectMapper().readTree(new JsonBriefWriter().render(brief)).get("figures").get(0);
        assertThat(figure.get("agreement").asText()).isEqualTo("CHANGED");
        assertThat(figure.get("earlier").toString()).isEqualTo("[0,2]");
    }

    @Test
    void formatsAreFoundByName() {
        assertThat(BriefFormat.named("md")).isEqualTo(BriefFormat.MD);
        assertThat(BriefFormat.named("HTML")).isEqualTo(BriefFormat.HTML);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefFormat.named("pdf"))
                .hasMessageContaining("valid: md, json, html");
    }

    @Test
    void aCollectionHeadingCountsItsStoriesInTheRightNumber() {
        BriefCollection one = new BriefCollection(List.of(brief()), List.of(), List.of());
        BriefCollection two = new BriefCollection(List.of(brief(), brief()), List.of(), List.of());
        assertThat(BriefCollectionWriter.render(one, BriefFormat.MD)).startsWith("# 1 story\n");
        assertThat(BriefCollectionWriter.render(two, BriefFormat.MD)).startsWith("# 2 stories\n");
        assertThat(BriefCollectionWriter.render(one, BriefFormat.HTML)).contains("<h1>1 story</h1>");
    }

    @Test
    void aPeopleIsShownAsAGroupNotAnOrganisation() {
        // written for this test (issue 5): the brief listed "Spaniards (organisation)"; the JSON type stays
        BriefEntity people = new BriefEntity("Peruvians", "ORGANIZATION", List.of("Peruvians"), 2, 3, List.of(1));
        BriefEntity union = new BriefEntity("Farmers Union", "ORGANIZATION", List.of("Farmers Union"), 1, 1, List.of(1));
        BriefEntity surname = new BriefEntity("Jones", "PERSON", List.of("Jones"), 1, 1, List.of(1));
        assertThat(MarkdownBriefWriter.kind(people)).isEqualTo("group");
        assertThat(MarkdownBriefWriter.kind(union)).isEqualTo("organisation");
        assertThat(MarkdownBriefWriter.kind(surname)).isEqualTo("person");
    }
}
