package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the sentences of web-page widgets and web-archive notes that scraped pages carry inside
 * a paragraph: a tweet box's location notice ("Tweet with a location you can add location
 * information to your tweets ..."), an embed offer ("Add this tweet to your website by copying the
 * code below."), the Wayback Machine's collection notes ("These crawls are part of an effort to
 * archive pages as they are created ...") that an archived page shows in place of the article,
 * consent, sign-in, newsletter and reprint notices, and player messages ("This feature is not
 * available right now."). They are no news: a page made of them alone used to become a story of
 * its own ("Tweet with a location ...", briefed from six such pages) and joined unrelated pages in
 * clustering. Each opening below is matched at a sentence start, case-insensitively, and the
 * sentence goes up to its end (for the few {@link #PHRASES}, only the notice's words); the rest of
 * the paragraph stays ("Starting in 1996, Alexa Internet has been donating their crawl data ...
 * What is demisexuality? ..." keeps the article). Openings are data: add the notice's first words,
 * never a word that news prose opens sentences with; each opens with a plain word of at most
 * {@value #LONGEST_FIRST_WORD} letters, by which a sentence start finds the few it is tried against.
 * A notice numbered as a list item goes with its number ("2. For the first time, did all the
 * different wikis"), and a sentence holding two web links or more, a video page's list of links,
 * goes whole.
 * Stateless and thread-safe.
 */
final class WebFurniture {

    /** The first words of each notice, as regular expressions without groups. */
    private static final List<String> OPENINGS = List.of(
            // tweet boxes and embeds
            "tweet with a location\\b",
            "add a location to your tweets\\b",
            "you (?:always have the option to delete your (?:tweet )?location history|can switch location on/off)",
            "add this (?:tweet|video) to your website\\b",
            "learn more, including about available controls\\b",
            "would you like to proceed to legacy twitter\\b",
            // web-archive collection notes shown in place of an archived page
            "these crawls are part of an effort to archive pages\\b",
            "that way, as the pages that are referenced are changed or taken from the web\\b",
            "starting in \\d{4}, alexa internet has been donating\\b",
            "flowing in every day, these data are added to the wayback machine\\b",
            "crawls of supported \\W*no more 404\\b",
            "focused crawls are collections\\b",
            "a daily crawl of more than [\\d,]+ home pages\\b",
            "site list provided by the gdelt project\\b",
            "the seed for (?:this crawl|wide\\d+)\\b",
            "crawl of outlinks from\\b",
            "these files are currently not publicly accessible\\b",
            "properties of this collection\\b",
            "for this collection, several things were done\\b",
            "it has been several years since the last time we did this\\b",
            "turned off duplicate detection\\b",
            "this collection will be complete, as there is a good chance\\b",
            "for the first time, did all the different wikis\\b",
            "the original runs were just against the enwiki\\b",
            "this one, the seed list was built from\\b",
            // missing pages
            "sorry, the page you requested (?:was|could) not (?:be )?found\\b",
            // players, scripts, consent
            "this feature is not available right now(?:\\.\\s+please try again later\\b)?",
            "rating is available when the video has been rented\\b",
            "the interactive transcript could not be loaded\\b",
            "we've detected that javascript is disabled\\b",
            "to help personalize content, tailor and measure ads\\b",
            "the new european data protection law requires us\\b",
            "please enable cookies on your web browser\\b",
            "please verify you're not a robot\\b",
            "by clicking \\W*i agree\\W* below, you consent\\b",
            // accounts, comments, newsletters, alerts, reprints
            "sign in using your? account with\\b",
            "sign up and get access to special features\\b",
            "sign up (?:you agree to receive|thank you for signing up|be the first to know)\\b",
            "this will appear next to all of your comments\\b",
            "or simply fill in the form and continue\\b",
            "close get email notifications on\\b",
            "whenever [\\w.' -]{1,40}? posts new content, you ?' ?ll get an email\\b",
            "we have sent you a verification email\\b",
            "please check your email and click on the link to activate\\b",
            "if you do not receive the verification message\\b",
            "notice you must log in to continue\\b",
            "your notification has been saved\\b",
            "there was a problem saving your notification\\b",
            "email notifications are only sent once a day\\b",
            "breaking news emails\\b",
            "get breaking news alerts\\b",
            "get push notifications with news\\b",
            "the news and stories that matter, delivered\\b",
            "view all new york times newsletters\\b",
            "you must select a newsletter\\b",
            "thank you for your interest in spreading the word\\b",
            "dow jones reprints:",
            "to order presentation-ready copies\\b",
            "sorry, this zip ?code is not in our deliverable area\\b",
            "re-enter zip code\\b",
            "newsletter sign up continue reading the main story\\b",
            "invalid email address\\.\\s+please re-enter\\b",
            "thank you for subscribing\\b",
            "an error has occurred\\.\\s+please try again later\\b",
            "be the first to know(?=\\.)",
            "no one covers what is happening in our community\\b",
            "and with a digital subscription\\b",
            "sign me up(?=!)",
            "gain a global perspective on the us and go beyond\\b",
            "by clicking or navigating the site, you agree\\b",
            "looking for news you can trust\\?",
            "subscribe to our free newsletters\\b",
            "thank you for registering(?=!)",
            "we look forward to seeing you on \\[ ?website ?\\] frequently\\b",
            "visit us and sign in to update your profile\\b",
            "please sign in why are we asking this\\?",
            "by submitting your registration information, you agree\\b",
            "we have sent a confirmation email to\\b",
            "our journalism takes a lot of time, effort,? and hard work to produce\\b",
            "if you read and enjoy our journalism, please consider subscribing\\b",
            "sign up (?:for take action now|help us deliver journalism)\\b",
            "this material may not be published, broadcast, rewritten,? or redistributed\\b",
            "media requires javascript to play\\b",
            // an editor's note on the story's update ("Editor's note: this story has been updated to reflect ...")
            "editor's note: this (?:story|article|post) (?:has been|was) updated (?:to (?:reflect|include|add|correct|clarify)|with)\\b",
            "this (?:story|article|post) (?:has been|was) updated (?:to (?:reflect|include|add|correct|clarify)|with)\\b",
            // more web-archive collection notes
            "this is a set of web collections curated by\\b",
            "they include web captures of\\b",
            "archive-it partner \\d+:",
            "web wide crawl with initial seedlist\\b",
            "this uses the new hq software for distributed crawling\\b",
            "we used heritrix\\b",
            "the scope of the crawl was not limited\\b",
            "however this was a somewhat experimental crawl\\b",
            "for example, in many cases we may not have crawled\\b");

    /**
     * Notices that scraped text runs into the next sentence without a stop ("Please enable JavaScript to
     * watch this video vernal, utah -- a woman ..."): only the notice's own words go.
     */
    private static final List<String> PHRASES = List.of(
            "please enable javascript to watch this video\\b",
            "media playback is unsupported on your device\\b",
            // the label of a BBC video's caption, run into the caption and the article without a stop ("media caption the
            // reporter looks at ... the council has ..."): only the label goes, since nothing marks where the caption ends
            "media caption(?= \\S)",
            // an update stamp before the article ("Editor's note: this story was updated at 1: 55 p.m. E.t. Is it ...")
            "editor's note: this (?:story|article|post) (?:has been|was) updated at \\d{1,2}: ?\\d{2} ?[ap]\\.m\\.(?: ?e\\.t\\.)?",
            "learn more(?=\\s*$|\\s+add this\\b)",
            // an advertisement's slot: before a reading prompt, another slot or where no sentence can go on
            // ("Advertisement continue reading the main story the agency ...", "Advertisement the senator said")
            "advertisement(?:\\s+advertisement)*(?:\\s*[-:]?\\s*continue reading (?:below|the main story)\\b"
                    + "|:|(?=\\s+(?:[\"\u201C]|(?:the|an?|i|we|he|she|they|you|it|his|her|their|our|my)\\b)))",
            "photo advertisement continue reading the main story\\b",
            // video players and newsletter boxes run into the article ("Play facebook twitter embed <title> 2: 07 <text>",
            // "The video will start in 8 cancel get daily updates directly to your inbox subscribe ... invalid email <text>")
            "play facebook twitter (?:google plus )?embed [^.!?]{1,120}? \\d{1,2}: \\d{2}(?= )",
            "facebook twitter (?:google plus )?embed \\d{1,2}: \\d{2}(?= )",
            "skip ad ad loading\\.\\.\\. x embed x share\\b",
            "share this article facebook twitter linkedin email\\b",
            "time health for more, visit time health\\b",
            // an archived article's age label before its standfirst ("This article is over 1 year old court rules ...")
            "this article is over \\d{1,2} (?:years?|months?|days?) old\\b",
            "embed more news videos\\b",
            "listen to article \\d{1,2}: \\d{2}(?= )",
            "the video will start in \\d{1,2} cancel\\b",
            "get daily updates directly to your inbox (?:\\+ )?subscribe thank you for subscribing!?"
                    + "(?: we have more newsletters show me see our privacy notice)? could not subscribe, try again later"
                    + " invalid email\\b",
            // a blog's star-rating widget before the post ("VN:F [1.9.22_1171] Rating: 6.3/7 (4 votes cast) the post ...")
            "vn: ?f \\[[^\\]]{1,20}\\] rating: [\\d.]+/\\d+ \\( ?\\d+ votes? cast ?\\)",
            // a video page's posting stamp before its description ("Published on jul 18, 2017 the host kicks off ...")
            "published on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}, \\d{4}(?=\\s+[^,\\s])",
            // offers of a topic's alerts or a daily e-mail, run into the article ("Interested in wildfires? Add wildfires
            // as an interest to stay up to date on the latest wildfires news, video, and analysis from abc news. Add
            // interest crews ...")
            "interested in(?: [\\w' ]{1,40})?\\?\\s+add [\\w' ]{0,40}as an interest to stay up to date on the latest"
                    + " [\\w' ]{0,40}news, video, and analysis from [\\w ]{1,20}\\.\\s+add interest\\b",
            "get the [\\w' ]{1,40} daily edition by email and never miss our top stories(?: free sign up)?",
            // an e-mail-a-friend form before the article ("... message: * a friend wanted you to see this item from
            // example.com: http://ex.am/1 — the river rose")
            "you must enter the characters with black color that stand out from the other characters\\b"
                    + "(?:\\s+message:\\s*\\*\\s*a friend wanted you to see this item from \\S+\\s+\\S+\\s+(?:\u2014|--))?");

    /** The longest first word of a notice: a sentence opening with a longer word is none. */
    private static final int LONGEST_FIRST_WORD = 13;

    /** The openings by their first word, lower-case, each group one pattern: a sentence start is tried only against its own. */
    private static final Map<String, Pattern> SENTENCES = byFirstWord(OPENINGS);
    private static final Map<String, Pattern> PHRASE_OPENINGS = byFirstWord(PHRASES);

    /** A web address with its scheme or a short link: print gives bare "www." addresses in prose, in brackets. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|bit\\.ly/)\\S");

    /** A list item's number and the space after it. */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s+");

    /** White space left doubled where a notice went. */
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");

    private WebFurniture() {
    }

    /** The paragraph without its notices; the paragraph itself when it holds none. */
    static String cut(String paragraph) {
        boolean links = mayHoldLinks(paragraph) && LINK.matcher(paragraph).find();
        StringBuilder out = null;
        int kept = 0;
        int start = 0;
        while (start >= 0 && start < paragraph.length()) {
            int opening = pastListNumber(paragraph, start);
            String word = firstWord(paragraph, opening);
            int end;
            Matcher sentence = word == null ? null : matcherAt(SENTENCES.get(word), paragraph, opening);
            Matcher phrase = word == null || sentence != null ? null : matcherAt(PHRASE_OPENINGS.get(word), paragraph, opening);
            if (sentence != null) {
                end = sentenceEnd(paragraph, sentence.end());
            } else if (phrase != null) {
                end = phrase.end();
            } else if (links && isLinkList(paragraph, start)) {
                end = sentenceEnd(paragraph, start);
            } else {
                start = nextSentence(paragraph, start);
                continue;
            }
            out = (out == null ? new StringBuilder(paragraph.length()) : out).append(paragraph, kept, start);
            kept = end;
            start = skipSpace(paragraph, end);
        }
        if (out == null) {
            return paragraph;
        }
        return SPACE_RUN.matcher(out.append(paragraph, kept, paragraph.length())).replaceAll(" ").strip();
    }

    /**
     * Past a list number opening the sentence at {@code start} ("2. For the first time, did all the different wikis"),
     * so that a numbered notice goes with its number; {@code start} itself when there is none.
     */
    private static int pastListNumber(String text, int start) {
        if (!Character.isDigit(text.charAt(start))) {
            return start;
        }
        Matcher number = LIST_NUMBER.matcher(text).region(start, text.length());
        return number.lookingAt() ? number.end() : start;
    }

    /**
     * Whether the sentence at {@code start} holds two web links or more: a video page's list of links ("Subscribe
     * to the channel here: http://bit.ly/x1 for more, click here: http://bit.ly/x2 ..."), no news sentence.
     */
    private static boolean isLinkList(String text, int start) {
        Matcher link = LINK.matcher(text).region(start, sentenceEnd(text, start));
        return link.find() && link.find();
    }

    /** A cheap test before the pattern: whether the paragraph may hold a web address at all. */
    private static boolean mayHoldLinks(String paragraph) {
        return paragraph.contains("ttp") || paragraph.contains("TTP") || paragraph.contains("bit.ly");
    }

    /** The matcher of {@code pattern} when it matches at {@code start}; null when it does not or there is none. */
    private static Matcher matcherAt(Pattern pattern, String text, int start) {
        if (pattern == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text).region(start, text.length());
        return matcher.lookingAt() ? matcher : null;
    }

    /** The lower-case run of letters, apostrophes and hyphens at {@code start}; null when longer than any notice's first word. */
    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
            if (end - start > LONGEST_FIRST_WORD) {
                return null;
            }
        }
        return end == start ? null : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '-';
    }

    private static Map<String, Pattern> byFirstWord(List<String> regexes) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String regex : regexes) {
            String word = firstWord(regex, 0);
            if (word == null) {
                throw new IllegalStateException("a notice must open with a plain word of at most " + LONGEST_FIRST_WORD
                        + " letters: " + regex);
            }
            groups.computeIfAbsent(word, w -> new ArrayList<>()).add(regex);
        }
        Map<String, Pattern> patterns = new HashMap<>();
        groups.forEach((word, group) -> patterns.put(word, Pattern.compile("(?i)(?:" + String.join("|", group) + ")")));
        return Map.copyOf(patterns);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The start of the sentence after the one at {@code from}: past a sentence end and white space; -1 if none. */
    private static int nextSentence(String text, int from) {
        int i = skipSpace(text, sentenceEnd(text, from));
        return i < text.length() && i > from ? i : -1;
    }

    /** Just past the first sentence end at or after {@code from} (its marks and closing quotes), or the text's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && ".!?\"'\u201D\u2019)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j == text.length() || Character.isWhitespace(text.charAt(j))) {
                return j;
            }
        }
        return text.length();
    }
}
