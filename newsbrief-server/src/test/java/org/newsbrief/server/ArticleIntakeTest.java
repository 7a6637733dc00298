package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
