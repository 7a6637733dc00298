package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;

class ArticleIntakeTest {

    private final ArticleIntake intake = new ArticleIntake(new UrlFetcher(new AddressPolicy(false), 1 << 20, Duration.ofSeconds(1)), 5);

    @Test
    void uploadNamesCannotEscapeOrHide() {
        assertThat(ArticleIntake.safeName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(ArticleIntake.safeName("C:\\Users\\x\\report.html")).isEqualTo("report.html");
        assertThat(ArticleIntake.safeName(".hidden.json")).isEqualTo("hidden.json");
        assertThat(ArticleIntake.safeName("")).isEqualTo("upload");
        assertThat(ArticleIntake.safeName("a".repeat(300) + ".warc.gz")).hasSize(120).endsWith(".warc.gz");
    }

    @Test
    void readsUploadsWithTheCommandLineReadersAndReportsTheRest() {
        ArticleIntake.Result result = intake.read(new Intake(List.of(
                new Intake.Upload("README.txt", "date 2016-11-28\nRebels retreat from Sakhour\nRebels retreated from Sakhour.".getBytes(StandardCharsets.UTF_8)),
                new Intake.Upload("photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8})),
                List.of("Convoy reaches Aleppo\nA convoy reached east Aleppo."), null, List.of("ftp://example.org/x")));
        assertThat(result.articles()).extracting(a -> a.title()).containsExactly("Convoy reaches Aleppo", "Rebels retreat from Sakhour");
        assertThat(result.issues()).extracting(i -> i.source()).containsExactly("photo.jpg", "ftp://example.org/x");
    }

    /** Two documents in the shape of NIST newswire, written for these tests. */
    private static final String SGML = "<DOC>\n<DOCNO> APW19990104.0101 </DOCNO>\n<TEXT>\nFloods closed the river port on Monday.\n"
            + "</TEXT>\n</DOC>\n<DOC>\n<DOCNO> NYT19990105.0202 </DOCNO>\n<TEXT>\nThe river port stayed closed on Tuesday.\n"
            + "</TEXT>\n</DOC>\n";

    @Test
    void uploadedSgmlFileWithoutExtensionGivesOneArticlePerDoc() {
        ArticleIntake.Result result = intake.read(new Intake(List.of(
                new Intake.Upload("APW19990104.0101", SGML.getBytes(StandardCharsets.US_ASCII))), List.of(), null, List.of()));
        assertThat(result.articles()).extracting(Article::id).containsExactly("APW19990104.0101", "NYT19990105.0202");
        assertThat(result.articles()).extracting(Article::outlet).containsExactly("Associated Press", "New York Times");
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void fetchedSgmlServedAsPlainTextGivesEachDocItsOwnId() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = SGML.getBytes(StandardCharsets.US_ASCII);
        site.createContext("/wire", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/wire";
            ArticleIntake permissive = new ArticleIntake(new UrlFetcher(new AddressPolicy(true), 1 << 20, Duration.ofSeconds(5)), 5);
            ArticleIntake.Result result = permissive.read(new Intake(List.of(), List.of(), null, List.of(url)));
            assertThat(result.articles()).extracting(Article::id)
                    .containsExactly(url + "#APW19990104.0101", url + "#NYT19990105.0202");
            assertThat(result.articles()).extracting(Article::outlet).containsExactly("Associated Press", "New York Times");
        } finally {
            site.stop(0);
        }
    }
}
