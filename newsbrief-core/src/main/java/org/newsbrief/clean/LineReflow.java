package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins hard-wrapped text (newswire, e-mail, DUC documents) into one line per paragraph.
 * Text is cut into blocks at blank lines; a block is hard-wrapped when most of its lines stop
 * in mid-sentence. In a hard-wrapped block an indented line opens a new paragraph; in other
 * blocks every line is a paragraph already and stays as it is. Stateless and thread-safe.
 */
final class LineReflow {

    /** Share of lines stopping mid-sentence at and above which a block counts as hard-wrapped. */
    private static final double WRAPPED_SHARE = 0.5;
    private static final int MIN_WRAPPED_LINES = 3;

    private LineReflow() {
    }

    /** The text with one paragraph per line. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : body.split("\\R", -1)) {
            if (line.isBlank()) {
                flush(block, out);
            } else {
                block.add(line);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        if (isHardWrapped(block)) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : block) {
                if (paragraph.length() > 0 && isIndented(line)) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
            }
            out.add(paragraph.toString());
        } else {
            out.addAll(block);
        }
        block.clear();
    }

    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < MIN_WRAPPED_LINES) {
            return false;
        }
        int midSentence = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String line = block.get(i).stripTrailing();
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            if (".!?:\"'\u201D)".indexOf(last) < 0) {
                midSentence++;
            }
        }
        return midSentence >= WRAPPED_SHARE * (block.size() - 1);
    }

    private static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("   ");
    }
}
