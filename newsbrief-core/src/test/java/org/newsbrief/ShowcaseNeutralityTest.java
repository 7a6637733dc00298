package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The showcase (examples/aleppo-2016) must be briefed by general rules, never by rules that name
 * it: no string literal in the core's code and no line of its resources may hold a name that
 * only that story has. Comments may quote the example, as they quote the phrase a rule was made
 * for. A rule that needs one of these names is fitted to the showcase; write it for the class of
 * phrase instead ("X's residents", not "aleppo's residents").
 */
class ShowcaseNeutralityTest {

    /** Names of the showcase's places, lower case: a rule naming one of them serves no other story. */
    private static final List<String> SHOWCASE_NAMES = List.of("aleppo", "maksoud", "maqsoud", "badra", "badro",
            "hanano", "hanao", "baadeen", "sakhur", "handarat", "jabal saman");

    @Test
    void noRuleInTheCoreNamesTheShowcaseStory() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    check(file, literal, found);
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(ShowcaseNeutralityTest::isText).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#")) {
                        check(file, line, found);
                    }
                }
            }
        }
        assertThat(found).as("rules fitted to the showcase story").isEmpty();
    }

    @Test
    void readsStringLiteralsAndSkipsComments() {
        String code = "/** \"Aleppo\" in a comment */ String a = \"of aleppo's \"; // \"Badra\"\n"
                + "String url = \"http://x\"; char q = '\"'; String e = \"say \\\"hi\\\"\";";
        assertThat(stringLiterals(code)).containsExactly("of aleppo's ", "http://x", "say \\\"hi\\\"");
        List<String> found = new ArrayList<>();
        stringLiterals(code).forEach(literal -> check(Path.of("Rule.java"), literal, found));
        assertThat(found).containsExactly("Rule.java: of aleppo's");
    }

    /** The string literals of Java source, comments and character literals skipped. */
    static List<String> stringLiterals(String code) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(code.substring(i + 1, Math.min(end, code.length())));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".tsv") || name.endsWith(".json") || name.endsWith(".properties")
                || name.endsWith(".csv");
    }

    private static void check(Path file, String text, List<String> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (SHOWCASE_NAMES.stream().anyMatch(lower::contains)) {
            found.add(file + ": " + text.strip());
        }
    }
}
