package org.newsbrief.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl release, with the
 * script author's change to step 4 (a word ending in "-ement" is tried against "-ement", then
 * "-ment", then "-ent", in turn). The regular expressions mirror the Perl ones so that the
 * stems, and so the scores, are the script's. Stateless and thread-safe.
 */
final class RougePorterStemmer {

    private static final String C = "[^aeiou][^aeiouy]*";
    private static final String V = "[aeiouy][aeiou]*";
    private static final String SMALL_V = "[aeiouy]";
    private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + C + ")?" + SMALL_V);
    private static final Pattern CVC = Pattern.compile("^" + C + SMALL_V + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_ATE = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_LIST = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_LIST = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private RougePorterStemmer() {
    }

    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        w = step1(w);
        w = replaceSuffix(w, STEP2, MGR0, STEP2_LIST);
        w = replaceSuffix(w, STEP3, MGR0, STEP3_LIST);
        w = step4(w);
        w = step5(w);
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1(String word) {
        String w = word;
        Matcher m = STEP1A_SSES.matcher(w);
        if (m.find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = STEP1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (MGR0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = STEP1B_ED.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem;
                if (STEP1B_ATE.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        if ((m = STEP1C.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Pattern measure, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (measure.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String step4(String word) {
        String w = word;
        Matcher m = STEP4.matcher(w);
        if (m.find() && MGR1.matcher(w.substring(0, m.start())).find()) {
            w = w.substring(0, m.start());
        }
        if ((m = STEP4_MENT.matcher(w)).find() && MGR1.matcher(w.substring(0, m.start())).find()) {
            w = w.substring(0, m.start());
        }
        if ((m = STEP4_ENT.matcher(w)).find()) {
            if (MGR1.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, m.start());
            }
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        return w;
    }

    private static String step5(String word) {
        String w = word;
        Matcher m = STEP5_E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
