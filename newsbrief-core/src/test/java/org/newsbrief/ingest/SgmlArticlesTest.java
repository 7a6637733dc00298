package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

/** Snippets written for these tests in the shapes of NIST newswire; no corpus text. */
class SgmlArticlesTest {

    private final IssueLog issues = new IssueLog();

    @Test
    void readsOneArticlePerDocWithDocnoHeadlineDateOutletAndText() {
        List<RawArticle> articles = SgmlArticles.parse("""
                <DOC>
                <DOCNO> XIE19990305.0042 </DOCNO>
                <DATE_TIME> 1999-03-05 10:20 </DATE_TIME>
                <HEADLINE> Ferry   service
                resumes on the lake </HEADLINE>
                <TEXT>
                <P>
                   The ferry between the two ports sailed again on Friday after
                a week of storms.
                </P>
                </TEXT>
                </DOC>
                <DOC>
                <DOCNO> NYT19990306.0007 </DOCNO>
                <TEXT>
                Harbour officials counted the boats.
                </TEXT>
                </DOC>
                """, "day.sgml", issues);
        assertThat(articles).extracting(RawArticle::origin).containsExactly("XIE19990305.0042", "NYT19990306.0007");
        RawArticle first = articles.get(0);
        assertThat(first.title()).isEqualTo("Ferry service resumes on the lake");
        assertThat(first.outlet()).isEqualTo("Xinhua");
        assertThat(first.published()).isEqualTo(LocalDate.of(1999, 3, 5));
        assertThat(first.body())
                .isEqualTo("The ferry between the two ports sailed again on Friday after a week of storms.");
        assertThat(articles.get(1).outlet()).isEqualTo("New York Times");
        assertThat(articles.get(1).title()).isEmpty();
        assertThat(issues.issues()).isEmpty();
    }

    @Test
    void eachParagraphIsOneLineEvenWhenWrappedOverTwoLines() {
        // A two-line paragraph left as two lines was cut into two "sentences" by the analysis.
        RawArticle article = only("""
                <DOC><DOCNO> APW19990101.0001 </DOCNO><TEXT>
                <P>
                   The mayor said the bridge would open
                in May.
                </P>
                <P>
                   Work began last year.
                </P>
                </TEXT></DOC>
                """);
        assertThat(article.body()).isEqualTo("The mayor said the bridge would open in May.\n\nWork began last year.");
    }

    @Test
    void textWithoutParagraphTagsKeepsItsLinesForTheCleanerToReflow() {
        String lines = "The council voted on a plan that \nwould close the old school.\n\t   A second paragraph.";
        RawArticle article = only("<DOC><DOCNO> APW19990101.0002 </DOCNO><TEXT>\n" + lines + "\n</TEXT></DOC>");
        assertThat(article.body()).isEqualTo(lines);
    }

    @Test
    void entitiesAreDecodedAndWireTypesettingCodesDropped() {
        RawArticle article = only("""
                <DOC><DOCNO> NYT19990101.0003 </DOCNO><TEXT>
                <P>Shares of Smith &AMP; Sons and Jones &amp; Co. rose &lt;5%&gt; at the caf&eacute;.</P>
                <P> &QL; </P>
                <P>The end. &UR; </P>
                </TEXT></DOC>
                """);
        assertThat(article.body())
                .isEqualTo("Shares of Smith & Sons and Jones & Co. rose <5%> at the café.\n\nThe end.");
    }

    @Test
    void editorsAnnotationIsNotArticleText() {
        RawArticle article = only("""
                <DOC><DOCNO> NYT19990101.0004 </DOCNO><TEXT>
                <P>The main story ends here.</P>
                <ANNOTATION>
                   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
                </ANNOTATION>
                <P>Optional background follows.</P>
                </TEXT></DOC>
                """);
        assertThat(article.body()).isEqualTo("The main story ends here.\n\nOptional background follows.");
    }

    @Test
    void dateTimeInUsOrderIsTheDate() {
        RawArticle article = only("<DOC><DOCNO> APW19990101.0005 </DOCNO><DATE_TIME> 01/02/1999 05:50:00 </DATE_TIME>"
                + "<TEXT>Text.</TEXT></DOC>");
        assertThat(article.published()).isEqualTo(LocalDate.of(1999, 1, 2));
    }

    @Test
    void withoutDateFieldTheDocnoDigitsGiveTheDate() {
        assertThat(only("<DOC><DOCNO> APW19981016.0240 </DOCNO><TEXT>Text.</TEXT></DOC>").published())
                .isEqualTo(LocalDate.of(1998, 10, 16));
    }

    @Test
    void undatedDocumentIsReadWithAWarning() {
        RawArticle article = only("<DOC><DOCNO> FT911-1 </DOCNO><TEXT>Text.</TEXT></DOC>");
        assertThat(article.published()).isNull();
        assertThat(article.outlet()).isEqualTo("Financial Times");
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Issue.Severity.WARNING);
            assertThat(issue.message()).contains("undated");
        });
    }

    @Test
    void docWithoutCloseTagRunsToTheNextDocAndIsReported() {
        List<RawArticle> articles = SgmlArticles.parse("""
                <DOC><DOCNO> APW19990101.0006 </DOCNO><TEXT>First text.</TEXT>
                <DOC><DOCNO> APW19990101.0007 </DOCNO><TEXT>Second text.</TEXT></DOC>
                """, "f.sgml", issues);
        assertThat(articles).extracting(RawArticle::body).containsExactly("First text.", "Second text.");
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.source()).isEqualTo("APW19990101.0006");
            assertThat(issue.message()).contains("without </DOC>", "next <DOC>");
        });
    }

    @Test
    void docWithoutTextIsSkippedAndTheRestIsRead() {
        List<RawArticle> articles = SgmlArticles.parse("""
                <DOC><DOCNO> APW19990101.0008 </DOCNO><HEADLINE>Only a headline</HEADLINE></DOC>
                <DOC></DOC>
                <DOC><DOCNO> APW19990101.0009 </DOCNO><TEXT>Kept.</TEXT></DOC>
                """, "f.sgml", issues);
        assertThat(articles).extracting(RawArticle::origin).containsExactly("APW19990101.0009");
        assertThat(issues.issues()).extracting(Issue::source, Issue::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("APW19990101.0008", Issue.Severity.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("f.sgml#2", Issue.Severity.SKIPPED));
        assertThat(issues.issues().get(0).message()).contains("without <TEXT>");
        assertThat(issues.issues().get(1).message()).contains("empty <DOC>");
    }

    @Test
    void unclosedTextRunsToTheEndOfTheDocWithAWarning() {
        RawArticle article = only("<DOC><DOCNO> APW19990101.0010 </DOCNO><TEXT>\n<P>Cut short.</P>\n</DOC>");
        assertThat(article.body()).isEqualTo("Cut short.");
        assertThat(issues.issues()).singleElement().satisfies(issue -> assertThat(issue.message()).contains("</TEXT>"));
    }

    @Test
    void textOutsideEveryDocIsReportedNotDroppedSilently() {
        SgmlArticles.parse("<DOC><DOCNO> APW19990101.0011 </DOCNO><TEXT>Kept.</TEXT></DOC>\nstray words here\n",
                "f.sgml", issues);
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.source()).isEqualTo("f.sgml");
            assertThat(issue.message()).contains("outside any <DOC>", "stray words here");
        });
    }

    @Test
    void gigawordDocIdAttributeNamesADocWithoutDocno() {
        RawArticle article = only("<DOC id=\"AFP_ENG_20050102.0003\" type=\"story\"><HEADLINE>Floods</HEADLINE>"
                + "<TEXT><P>Rivers rose.</P></TEXT></DOC>");
        assertThat(article.origin()).isEqualTo("AFP_ENG_20050102.0003");
        assertThat(article.outlet()).isEqualTo("Agence France-Presse");
        assertThat(article.published()).isEqualTo(LocalDate.of(2005, 1, 2));
    }

    @Test
    void textWithoutAnyDocIsOneSkippedIssue() {
        assertThat(SgmlArticles.parse("just some words", "notes.sgml", issues)).isEmpty();
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Issue.Severity.SKIPPED);
            assertThat(issue.message()).contains("no <DOC>");
        });
    }

    @Test
    void recognisesTextOpeningWithDoc() {
        assertThat(SgmlArticles.startsWithDoc("\n  <DOC>\n<DOCNO>")).isTrue();
        assertThat(SgmlArticles.startsWithDoc("<doc id=\"x\">")).isTrue();
        assertThat(SgmlArticles.startsWithDoc("<DOCNO> X </DOCNO>")).isFalse();
        assertThat(SgmlArticles.startsWithDoc("<!DOCTYPE html><html>")).isFalse();
        assertThat(SgmlArticles.startsWithDoc("Text that mentions <DOC> later.")).isFalse();
    }

    @Test
    void hostileMarkupDoesNotHangTheReader() {
        // '<' that no '>' closes, opening tags that are never closed, documents that never end:
        // a pattern that scanned to the end from each of them would take hours on these 1.5 MB. The
        // timeout is a guard against such a hang (hours against seconds), not a speed target.
        String hostile = "<DOC><DOCNO> APW19990101.0012 </DOCNO><TEXT>" + "<".repeat(300_000)
                + "<HEADLINE>".repeat(30_000) + "<ANNOTATION>".repeat(30_000) + "<DOC><TEXT>x ".repeat(30_000);
        List<RawArticle> articles = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> SgmlArticles.parse(hostile, "f.sgml", issues));
        assertThat(articles).hasSize(30_001);
        assertThat(issues.total()).isPositive();
    }

    private RawArticle only(String sgml) {
        List<RawArticle> articles = SgmlArticles.parse(sgml, "f.sgml", issues);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
