package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.newsbrief.eval.quantity.NewsQuantEvaluation;
import org.newsbrief.eval.quantity.NewsQuantSentence;
import org.newsbrief.eval.quantity.QuantityCounts;
import org.newsbrief.eval.quantity.QuantityMatching;
import org.newsbrief.eval.quantity.ScoredQuantity;
import org.newsbrief.facts.QuantityExtractor;

/**
 * The quantity extractor on NewsQuant (590 sentences, 904 quantities), scored with CQE's own
 * matching and with a strict one-to-one matching, on the dev half (even positions, where the rules
 * were developed), the held-out half (odd positions) and the whole set.
 */
final class NewsQuantBenchmark {

    private NewsQuantBenchmark() {
    }

    static String run(Path newsquant) throws IOException {
        List<NewsQuantSentence> sentences = NewsQuantSentence.read(newsquant);
        QuantityExtractor extractor = new QuantityExtractor();
        long start = System.nanoTime();
        QuantityCounts all = NewsQuantEvaluation.count(sentences, s -> true, extractor, QuantityMatching.CQE);
        double millis = (System.nanoTime() - start) / 1e6;
        int gold = sentences.stream().mapToInt(s -> s.gold().size()).sum();
        return header(sentences.size(), gold, millis) + table(sentences, extractor, all) + EARLIER_STOPS;
    }

    /** The title, the data, the split and the two protocols. */
    private static String header(int sentences, int gold, double millis) {
        return String.format(Locale.ROOT, """
                # Quantities: NewsQuant

                Produced by `newsbrief bench quantities` (newsbrief %s): the rule-based extractor
                (`org.newsbrief.facts.QuantityExtractor`) on the %d sentences and %d gold quantities of
                `../shared/data/newsquant/data/formatted_test_set/NewsQuant.json`, in %.0f ms (one pass, warm-up and loading the POS and lemma models included).

                **Split.** Only one annotated set exists, so it is split by position: the **dev** half is the sentences
                at even positions (0, 2, 4, ...), the **held-out** half those at odd positions. All error analysis and
                every rule added since the split was developed on dev only; held-out was scored, never inspected.
                Since dev itself was over-fitted, dev is split again by position for checking a rule before held-out:
                **dev-a** (even positions within dev, whose errors are read) and **dev-b** (odd, scored only):
                `bench quantities --part dev-a --errors`, `--part dev-b`. CQE's four unit test sets (age, currency,
                dimension, temperature) are an extra development set, scored apart: `bench quantities --part units`;
                they are split by position within each set in the same way, **units-a** (even positions, whose errors
                are read: `--part units-a --errors`) and **units-b** (odd, scored only: `--part units-b`).

                **Protocols.** A predicted quantity is its value (or, for a range, its two ends), its unit normalised to
                CQE's unit names (`org.newsbrief.facts.UnitNames`: `%%` and `per cent` are `percentage`, `$` is `dollar`,
                `km` is `kilometre`, `mph` is `mile per hour`) or, for a counted thing, the nouns, proper nouns and
                adjectives of its noun phrase lemmatized as CQE forms them (`org.newsbrief.facts.CountedPhrase`, OpenNLP's
                UD-EWT POS tagger and lemmatizer: "60 commercial fishermen" is `commercial fisherman`, "one of the best
                screens" `good screen`), and its change label (`= ~ > < up down`).
                - *CQE*: `calculate_metrics` of CQE's `evaluate_models.py` (satya77/CQE_Evaluation), reproduced step for
                  step, which gave the published scores: values equal with `numpy.isclose`; a gold range (`252.0-287.0`)
                  only with a predicted range whose two ends both agree; units compared by exact equality in lower case;
                  a prediction is consumed only by a value + unit match, so one prediction of the right value but a wrong
                  unit may count as a value match for several gold quantities of that value, and change matches are
                  counted per equal-value pair. Published systems were scored this way.
                - *one-to-one*: each prediction matches at most one gold quantity and the reverse (value + unit pairs
                  first); the unit and change counts are over those same pairs. Shown so that CQE's leniency is visible.

                """, org.newsbrief.brief.RunInfo.currentVersion(), sentences, gold, millis);
    }

    /** Scores per part and protocol; {@code all} is the whole set under CQE's protocol, already counted. */
    private static String table(List<NewsQuantSentence> sentences, QuantityExtractor extractor, QuantityCounts all) {
        StringBuilder out = new StringBuilder();
        out.append("| part | protocol | predicted / gold | value P / R / F1 | value + unit P / R / F1 | value + change P / R / F1 |\n");
        out.append("|---|---|---|---|---|---|\n");
        String[] names = {"dev", "held-out", "all"};
        List<Predicate<NewsQuantSentence>> parts = List.of(NewsQuantSentence::dev, s -> !s.dev(), s -> true);
        for (QuantityMatching matching : QuantityMatching.values()) {
            for (int i = 0; i < parts.size(); i++) {
                QuantityCounts c = i == 2 && matching == QuantityMatching.CQE ? all
                        : NewsQuantEvaluation.count(sentences, parts.get(i), extractor, matching);
                out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d | %s | %s | %s |%n", names[i],
                        matching == QuantityMatching.CQE ? "CQE" : "one-to-one", c.predicted(), c.gold(),
                        prf(c, c.value()), prf(c, c.valueUnit()), prf(c, c.valueChange())));
            }
        }
        return out.toString();
    }

    /**
     * The dev half alone (even positions), or one of its halves, both protocols; with {@code errors}, each
     * sentence of the part whose predictions and gold quantities differ, both listed. Held-out sentences are
     * never scored or printed here, and dev-b's errors are never listed.
     *
     * @param part {@code dev}, {@code dev-a} (dev at even positions within dev) or {@code dev-b} (odd)
     */
    static String dev(Path newsquant, String part, boolean errors) throws IOException {
        if (part.equals("units") || part.equals("units-a") || part.equals("units-b")) {
            if (errors && part.equals("units-b")) {
                throw new IllegalArgumentException("--errors lists dev, dev-a, units or units-a only: units-b checks what units-a's errors taught");
            }
            return units(newsquant, part, errors);
        }
        Predicate<NewsQuantSentence> in = switch (part) {
            case "dev" -> NewsQuantSentence::dev;
            case "dev-a" -> NewsQuantSentence::devA;
            case "dev-b" -> NewsQuantSentence::devB;
            default -> throw new IllegalArgumentException("--part must be dev, dev-a, dev-b, units, units-a, units-b or all, was '"
                    + part + "'");
        };
        if (errors && part.equals("dev-b")) {
            throw new IllegalArgumentException("--errors lists dev, dev-a or units only: dev-b checks what dev-a's errors taught");
        }
        List<NewsQuantSentence> dev = NewsQuantSentence.read(newsquant).stream().filter(in).toList();
        QuantityExtractor extractor = new QuantityExtractor();
        StringBuilder out = new StringBuilder();
        if (errors) {
            for (NewsQuantSentence s : dev) {
                List<ScoredQuantity> predicted = NewsQuantEvaluation.predict(extractor, s.text());
                QuantityCounts c = QuantityMatching.CQE.match(s.gold(), predicted);
                if (c.value() != c.gold() || c.valueUnit() != c.gold() || c.valueChange() != c.gold()
                        || c.predicted() != c.gold()) {
                    out.append(String.format(Locale.ROOT, "#%d %s%n  gold: %s%n  pred: %s%n", s.index(), s.text(),
                            describe(s.gold()), describe(predicted)));
                }
            }
            out.append('\n');
        }
        out.append("| part | protocol | predicted / gold | value P / R / F1 | value + unit P / R / F1 | value + change P / R / F1 |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (QuantityMatching matching : QuantityMatching.values()) {
            QuantityCounts c = NewsQuantEvaluation.count(dev, s -> true, extractor, matching);
            out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d | %s | %s | %s |%n", part,
                    matching == QuantityMatching.CQE ? "CQE" : "one-to-one", c.predicted(), c.gold(),
                    prf(c, c.value()), prf(c, c.valueUnit()), prf(c, c.valueChange())));
        }
        return out.toString();
    }

    /**
     * CQE's four unit test sets (age, currency, dimension, temperature; {@link NewsQuantSentence#UNIT_SETS}), each
     * scored alone on value and value + unit under both protocols (they annotate no change), then the four summed;
     * with {@code errors}, each sentence whose predictions differ from its gold. An extra development set beside
     * NewsQuant's dev half, split like it by position within each set: {@code units-a} the even positions (errors
     * read), {@code units-b} the odd ones (scored only), {@code units} both.
     *
     * @param part {@code units}, {@code units-a} or {@code units-b}
     */
    static String units(Path newsquant, String part, boolean errors) throws IOException {
        Predicate<NewsQuantSentence> in = switch (part) {
            case "units" -> s -> true;
            case "units-a" -> s -> s.index() % 2 == 0;
            case "units-b" -> s -> s.index() % 2 == 1;
            default -> throw new IllegalArgumentException("not a part of the unit sets: " + part);
        };
        QuantityExtractor extractor = new QuantityExtractor();
        StringBuilder list = new StringBuilder();
        StringBuilder table = new StringBuilder();
        table.append("| set | protocol | predicted / gold | value P / R / F1 | value + unit P / R / F1 |\n");
        table.append("|---|---|---|---|---|\n");
        QuantityCounts[] sums = {QuantityCounts.ZERO, QuantityCounts.ZERO};
        for (String set : NewsQuantSentence.UNIT_SETS) {
            List<NewsQuantSentence> sentences = NewsQuantSentence.readSet(newsquant, set).stream().filter(in).toList();
            if (errors) {
                for (NewsQuantSentence s : sentences) {
                    List<ScoredQuantity> predicted = NewsQuantEvaluation.predict(extractor, s.text());
                    QuantityCounts c = QuantityMatching.CQE.match(s.gold(), predicted);
                    if (c.value() != c.gold() || c.valueUnit() != c.gold() || c.predicted() != c.gold()) {
                        list.append(String.format(Locale.ROOT, "%s #%d %s%n  gold: %s%n  pred: %s%n", set, s.index(),
                                s.text(), describe(s.gold()), describe(predicted)));
                    }
                }
            }
            for (QuantityMatching matching : QuantityMatching.values()) {
                QuantityCounts c = NewsQuantEvaluation.count(sentences, s -> true, extractor, matching);
                sums[matching.ordinal()] = sums[matching.ordinal()].plus(c);
                table.append(unitRow(part.equals("units") ? set : set + " (" + part + ")", matching, c));
            }
        }
        for (QuantityMatching matching : QuantityMatching.values()) {
            table.append(unitRow("four sets summed (" + part + ")", matching, sums[matching.ordinal()]));
        }
        return (errors ? list.append('\n') : list).append(table).toString();
    }

    private static String unitRow(String name, QuantityMatching matching, QuantityCounts c) {
        return String.format(Locale.ROOT, "| %s | %s | %d / %d | %s | %s |%n", name,
                matching == QuantityMatching.CQE ? "CQE" : "one-to-one", c.predicted(), c.gold(),
                prf(c, c.value()), prf(c, c.valueUnit()));
    }

    private static String describe(List<ScoredQuantity> quantities) {
        StringBuilder out = new StringBuilder();
        for (ScoredQuantity q : quantities) {
            out.append(out.isEmpty() ? "" : " | ").append(q.range() ? q.low() + "-" + q.high() : String.valueOf(q.low()))
                    .append(' ').append(q.unit()).append(" [").append(q.change()).append(']');
        }
        return out.toString();
    }

    private static String prf(QuantityCounts c, int matches) {
        return String.format(Locale.ROOT, "%.1f / %.1f / **%.1f**", c.precision(matches), c.recall(matches), c.f1(matches));
    }

    /** What earlier stops of the extractor scored, and the published scores. */
    private static final String EARLIER_STOPS = """

                Units stop (2026-11-30, branch wip/units): value + unit errors on CQE's four unit test sets, which no rule
                had been fitted to, each set split by position like dev: errors read on **units-a** (even positions,
                `--part units-a --errors`), **units-b** (odd) only scored. Fixed bar: a rule is adopted if the units-b
                value + unit F1 of the four sets summed rises and no dev-a or dev-b F1 (value, value + unit, value +
                change) falls by more than 0.2. Before (CQE protocol, value / value + unit F1, four sets summed):
                units-a 90.4 / 80.4, units-b 86.5 / 76.7; dev-a 97.8 / 93.7 / 92.4, dev-b 96.4 / 95.2 / 92.2 (value /
                value + unit / value + change). Adopted, each tested with a phrase written for it in
                `QuantityExtractorTest` (units-b value + unit gain of each, removed alone from the full set of rules): an
                amount and its hundredths as one amount (`SubunitAmounts`: "seven dollars and twenty cents", "12
                dollars 40", "9 USD 75"; +2.6), currency signs after the number for every sign the table knows ("900
                ₡"; +0.9), dollar signs prefixed by an ISO code in any case or "Mex" ("cad$ 40", "Mex$ 3 million";
                +0.7), an "M" or "k" before a currency code as millions or thousands ("85 MEUR", "250 kEUR"; +0.9), a
                currency code between the number and its scale ("45 USD million"; +0.5), the inches after a height in
                feet ("6 ft 9 in"; +0.4). After: units-a 95.8 / 88.0, units-b 89.9 / 82.7; dev-a and dev-b unchanged
                (no dev prediction changed). Whole sets, value / value + unit F1 before and after: age 97.8 / 97.8
                both, currency 84.6 / 73.6 and 92.0 / 84.7, dimension 92.4 / 81.1 and 92.4 / 81.9, temperature 97.1 /
                94.1 both. Not adopted (units-b, dev-a and dev-b all unchanged; in the branch's history, commits a4c4be3
                and 9740212, reverted in a5f7f10): a country's name before a currency word ("8,000 Chilean pesos" was
                `mexican peso`, "200 Egyptian pounds" `pound-mass`), pounds after pence as money, the sides of a size
                taking the last side's unit ("14 by 16 feet", "8 x 5 inches"), the foot mark ("6'4"", "8' long"),
                "in" before a size word ("9 in long"), hyphened rates after a scale ("a $4 million-a-year deal"), a
                year before reported figures ("had 1997 sales of"), "of us" as a pronoun, "the 386 was" as a model, "a
                half hour" / "a quarter mile", and unit names (any SI prefix of metre and litre, "ft²", "sq in", "cu
                in", "ft-long", `yds`, `cl`, `ng`, short and long tons, "British pounds", a glued "t", `nmi`, ångström,
                turn, plurals in "-is"); "MAUD 60" as millions (units-a only). What is left on units-a: text tokenized
                with spaced hyphens and commas ("$ 70 - a - share", "two - door", "80, 000"), a bracketed conversion
                giving its unit to the number before it, currency words before the number ("sen 100,000"), bills
                ("50 50 dollar bills"), a chip's name ("the 16-bit 8088 chip"). Held-out, scored once at the end with
                the adopted rules, is the table above.

                CQE-convention stop (2026-11-30, branch wip/quant): rules that mirror how CQE's authors, who annotated
                NewsQuant, name and bound quantities, read from CQE's own source (vivkaz/CQE: `CQE.py`,
                `NumberNormalizer.py`, `number_lookup.py`, `rules.py`, `unit.json`), with the same fixed bar as the stop
                below (dev-b value + unit or value + change F1 up, no dev-b F1 down by more than 0.2). Adopted: unit
                names as `unit.json` writes them where ours differed (`pound-feet` is `pound-foot`, only `lb-ft` is `foot
                pound-force`; `barrels of oil` is a unit, `barrel of oil`; `swedish krone`; `ppm` is `parts-per-million`
                as `ppb` is `parts-per-billion`; `psi`, `hPa`, `TWh`, nits, `cc`, `kmph`, `yo`, guilders, koruna,
                `won`; currency signs and ISO-prefixed dollar signs; lower-case and mixed `b` are bits, `MB` and `GB`
                bytes; a bare "lira" or "riyal" stays itself), each in `UnitNamesTest`. CQE protocol, value / value +
                unit / value + change F1: dev-a 97.1 / 92.6 / 92.2 before, 97.1 / 93.1 / 92.2 after; dev-b 96.4 / 94.8 /
                92.2 before, 96.4 / 95.2 / 92.2 after (one quantity; the dev-b sentence "275 pound-feet of torque" had
                been seen once when the file's format was checked). Held-out before: 91.7 / 79.5 / 86.3 (the table above
                is after). CQE's four unit test sets are scored apart by `bench quantities --part units` (value / value
                + unit F1, CQE protocol, before and after): age 91.3 / 87.0 and 91.3 / 91.3, currency 84.3 / 72.5 and
                84.3 / 73.2, dimension 92.4 / 78.7 and 92.4 / 81.1, temperature 97.1 / 94.1 both (CQE publishes 93.3 /
                93.3, 84.2 / 79.6, 86.5 / 79.2, 95.7 / 92.8). Not adopted: CQE's other bound words ("higher than",
                "larger than", "exceeds" as `>`, "lower than", "smaller than" as `<`, "circa" and "≈" as `~`, its change
                verbs "collapse", "sag", "skid", "stumble", "descend", "flop", "ascend"): dev-a unchanged, dev-b change
                92.2 to 91.8 ("higher at" as `>` was dropped first on dev-a's own evidence: "marginally higher at
                $1,271.2" is `>` but "34.4% higher at 3.23 shekels" is `=`); spelled numbers of several words ("ninety
                five", "one hundred and fifty", summed as CQE sums a run of number words: no dev instance, age set value
                91.3 to 97.8); rates written with hyphens ("a 12-cent-a-share dividend", "a $70-a-share price", read as
                nothing before: no dev instance, currency set unit 73.2 to 73.5); the sides of a size taking the unit of
                the last side ("6 x 3 inches", "10 by 12 feet", CQE's split of "66.5 x 107 mm": no instance anywhere);
                "from" with a modifier of the first end still opening a range, as CQE reads "from X to Y" ("from up to
                252 miles to 287 miles": dev-a 97.8 / 93.7 / 92.4, dev-b unchanged). Those with gains elsewhere are in
                the branch's history (commits 74d91ca, a79eb2e, 4c6f812) and reverted; the lead then adopted those
                three as correct readings of English with no dev loss (tests in `QuantityExtractorTest`): dev-a 97.8 /
                93.7 / 92.4, dev-b 96.4 / 95.2 / 92.2; held-out, scored a second time this stop after that decision,
                is the table above (the convention round alone: 91.7 / 79.3 / 86.3). Other
                conventions read in CQE and already followed: counted things as the lemmas of the nouns, proper nouns and
                adjectives of the noun's phrase; "one of the best screens" as the phrase's lemmas; a share of a counted
                thing as "% " and the thing; "a" and "an" as "per"; a level after "to" gets no change from the verb
                before (only the words right before a number bound it), so "jumped 90 per cent to US $7.2 billion" is `=`
                for the level; "iPhone 11 Pro Max", phone numbers, ZIP codes, dates and ordinals are no quantities.
                Conventions read in CQE but inconsistent in NewsQuant's dev-a and tried before (below): the bound word
                nearest the number wins ("up about 19 per cent" is `~`, "climbed more than 3%" `>`), a unitless number
                takes a neighbour's unit, "of" phrases in a counted thing ("65 snaps of man coverage").

                Dev-a / dev-b stop (branch wip/quant): a rule was to be adopted only if, found on dev-a's errors, it
                raised dev-b's value + unit or value + change F1 and lowered nothing on dev-b by more than 0.2. Before
                (CQE protocol, value / value + unit / value + change F1): dev-a 97.1 / 92.6 / 92.2, dev-b 96.4 / 94.8 /
                92.2. Nothing passed, so the extractor is unchanged. Tried: unit symbols read by the words of their
                sentence, with the symbols and cue words of CQE's unit disambiguation sentences (`data/units`: "16
                billion b" is bit, "20 kn" a knot at sea and a kuna in a price, "for 10 a" years; on that set's test
                part the labelled unit is found in 55.0% of the sentences against 24.4%), names joined by "and" before
                one plural ("Ford and Toyota trucks"), CQE's other bound words ("collapsed", "sagged", "circa",
                "exceeded"), ages after "turned" and "will be": together dev-a 97.1 / 94.0 / 92.2, dev-b unchanged (no
                dev-b sentence is touched), not adopted. Rejected: the nouns of a bare "of" phrase in the counted thing
                ("65 snaps of man coverage", dev-a unit 93.1, dev-b 93.9), a bare number taking the unit of a parallel
                clause (dev-a unit 93.5, dev-b unchanged, and six earlier test phrases broken), a modifier's label over a
                change verb ("up about 19 per cent", dev-a change 93.1, dev-b 91.4), "dozens" as 12 (dev-b 96.0 / 94.3 /
                91.8), "increased by" as no change (dev-a change 90.4, dev-b 91.0). Removing each of about thirty earlier rules (unit rules, modifiers, number traps) raised dev-b
                nowhere but for "almost" and "as many as" (+0.5 change each, one quantity, no dev-a instance: not taken,
                since choosing among thirty removals by dev-b would make dev-b a tuning set). Dev-b was part of the dev
                half on which the earlier rules were written, so it can hardly show over-fitting of those rules.

                Before this stop's rules (extractor of commit 0017672; CQE protocol, value / value + unit / value +
                change F1): dev 95.8 / 92.3 / 91.2, held-out 90.2 / 78.0 / 84.7, all 93.0 / 85.3 / 88.1 (88.07). Dev
                alone is scored and its errors listed by `bench quantities --part dev --errors`, which never scores or
                prints held-out. Few dev errors were left that a rule for news in general would fix, so most rules of
                this stop came from phrases written for them and from CQE's four unit test sets in the same folder, each
                rule's phrase in `QuantityExtractorTest`, none for a single gold item: scientific notation ("1.6 x 10-19"), mixed numbers and fractions of a unit ("10 1/2
                miles", "2½ cups"), fractions of a scale or unit ("half a million", "half a dozen", "half a percentage
                point"), suspended hyphens ("four-, five- and six-cylinder"), "sub-7 nanometer" as a bound, "-plus" as a
                lower bound, "a day or two", dash ranges with a scale on both ends ("$2m-$3m"), lakh and crore with "Rs",
                ISO currency codes before the number and currency signs after it ("15 €"), wire quote codes ("$1.1396
                EUR="), units per unit after a slash ("5mg/L", "45 µg/m³", "A/cm2") or written out ("per square
                millimetre"), pence as CQE's penny, glued F as Fahrenheit, a glued m before a plural as a million ("1.5m
                viewers"), rates after the thing measured ("gallons of jet fuel a year"), "aged 65" as an age, acronym
                plurals in the singular ("10 SUVs"), abbreviations inside a counted phrase ("40 U.S. senators"), no
                counted noun that starts with another number ("up from 798,000 two years ago"), a capitalised head that
                is no unit ("eight straight World Cups"), a trailing hyphen left off a unit ("287 miles-"); and a fix to
                a whole class of misses: a number after a name and a comma was dropped as if it were an age in apposition
                ("In Texas, 5 people died"); only "Senard, 65, now" is. New traps: street addresses ("9 E 71st St", "10
                Downing Street", "22 Ave Foch"), ZIP codes, "call 911", dates and ratios with a slash ("1/2/2020", "24/7"),
                "the 49ers", "3D". Held-out was scored once, at the end: it rose 1.4 / 1.5 / 1.5 (value / unit / change),
                more than in the earlier stops and as much as dev did (1.0 / 1.4 / 1.0), so these rules carry over. On the
                whole set all three targets are now above CQE's (94.3 / 86.7 / 89.3 against 92.0 / 85.6 / 88.1), but
                only because dev, where the rules were developed, is half of it: held-out alone (91.6 / 79.5 / 86.2)
                stays below CQE on all three, most of all on value + unit. What is left on dev (45 sentences with an
                error, from 52): change labels NewsQuant gives inconsistently (a level after a change verb, "rose 18 sen
                to RM23.50", is `up` or `down` in three sentences and `=` in seven; "jumped 90 per cent" is `=`; "up
                about 19 per cent" `~`; "up $31.20" `=`), spelled numbers before a hyphen annotated in three sentences
                and not in three ("a five-year $700000 award"), ages after a name annotated once and left out once,
                "787 Dreamliner" annotated in one sentence and not in another, one-off unit names ("barrel of oil",
                "Model 3s", "snap man coverage", "$1.25 sterling", "pound-feet" as `pound-foot` where "lb-ft" is `foot
                pound-force`), typing slips ("to-260,000", ",minus 233"), scores ("2-0 down") and three gold values that
                disagree with their text ("Y=590 billion" as 5.9E13, "$3 billion to $5 billion" as millions).
                Scientific notation now gives one value ("1.99×10−30"); its gold (1.99E-29) matches only because CQE's
                `numpy.isclose` has an absolute tolerance of 1e-8.

                Before the previous stop's rules (extractor of commit ed2cdf3; CQE protocol, value / value + unit / value +
                change F1): dev 95.1 / 90.1 / 90.3, held-out 90.4 / 77.4 / 85.0, all 92.8 / 83.9 / 87.7. Added on dev
                errors that generalise (each rule's phrase in `QuantityExtractorTest`, none for a single gold item): a
                number before Pro / Max / Mini / Plus names a model (CQE's filter); "-year-old" after a scale; "ended
                down"; a bare number after a repeated "by" or "at" takes the earlier one's unit; "a year" after a
                bracketed conversion; a people's plural after "of" kept as written ("millions of Americans"); "the 20
                most expensive restaurants"; a count of many goes on past a singular name to its plural ("60 Starlink
                satellites"); compound and hyphenated spelled numbers ("twenty-five", "a five-year deal"); a
                capitalised function word is no name ("With 275 pound-feet"); a unit after a number keeps it from the
                name and year traps ("1520 sq m"); "COVID -19" read as "COVID-19". Added without NewsQuant, from CQE's
                four unit test sets in the same folder and phrases written for the purpose: every form of the change
                verbs, temperatures as typed ("98.6 degrees f", "celcius"), ages "of age", "per annum", prices per
                dozen and after a slash ("$9.99/month"), "two dozen", "a quarter of a percentage point", scaled pounds
                as money, lower-case "c $" and "hk $", common world currencies under CQE's names, "houses" in the
                singular, a minus sign before a temperature. Held-out was scored once, at the end: value + unit rose
                0.6 where dev's rose 2.2; value (-0.2) and change (-0.3) fell slightly on held-out. On the whole set the
                value target (92.0) is passed; value + unit (85.3 against 85.6) is not; value + change is 88.07 against
                CQE's 88.1, equal when rounded, not above. What is left on dev: change labels NewsQuant gives
                inconsistently (the level a change verb reaches, "rose 18 sen to RM23.50", is `up` or `down` in three
                sentences and `=` in seven;
                "jumped 90 per cent" is `=`; a change verb with a bound is `>` or `~` in two sentences and `up` in two),
                one-off unit names ("barrel of oil", "Model 3s", "snap man coverage", "$1.25 sterling"), spelled
                numbers before a hyphen annotated in three sentences and not in three, and scientific notation.

                Before the counted-thing names from POS tags and lemmas and the rules added with them (extractor and
                command of commit c43209a; CQE protocol): dev 94.8 / 84.5 / 88.9, held-out 90.3 / 76.2 / 84.8, all
                92.6 / 80.4 / 86.9 (value / value + unit / value + change F1). Developed on dev alone, as before: the
                counted-thing names (`CountedPhrase`), "averaged", "averaging" and "barely" as approximate, "upward by"
                and "downward by" as changes, wire-service yen (`Y=`), the pound sign transliterated as `PS`, `mmBTU`,
                a unit glued to a scale ("billion-mile"), a part taking the unit of its whole ("280 million of the 1.5
                billion shekels"). Held-out was scored once, at the end: its value + unit F1 rose 1.2 points where dev's
                rose 5.6, so most of the dev gain came from phrases that held-out does not share. The targets on the
                whole set (value + unit 85.6, value + change 88.1) are not reached; value (92.0) is.

                Before the rules developed on dev (extractor of commit 97fc3e1, scored by this command at 002b8b7):

                | part | protocol | predicted / gold | value F1 | value + unit F1 | value + change F1 |
                |---|---|---|---|---|---|
                | dev | CQE | 481 / 461 | 75.4 | 41.4 | 69.0 |
                | held-out | CQE | 447 / 443 | 82.7 | 46.7 | 76.2 |
                | all | CQE | 928 / 904 | 78.9 | 44.0 | 72.5 |
                | dev | one-to-one | 481 / 461 | 74.5 | 41.4 | 67.5 |
                | held-out | one-to-one | 447 / 443 | 82.7 | 46.7 | 76.0 |
                | all | one-to-one | 928 / 904 | 78.5 | 44.0 | 71.6 |

                The earlier report (85.5 / 77.3 / 77.6 on all) used a looser matching of its own: a gold range matched
                either of its ends and units matched when either contained the other; CQE's script does neither.

                Published scores on the whole set (CQE protocol, `data/evaluation_output/NewsQuant.csv`):

                | system | value P / R / F1 | value + unit P / R / F1 | value + change P / R / F1 |
                |---|---|---|---|
                | CQE | 92.0 / 91.9 / 92.0 | 85.6 / 85.5 / 85.6 | 88.2 / 88.1 / 88.1 |
                | quantulum3 | 65.0 / 83.3 / 73.0 | 42.1 / 53.9 / 47.2 | - |
                | Microsoft Recognizers-Text | 59.7 / 82.2 / 69.1 | 29.6 / 40.7 / 34.2 | - |
                | GPT-3 few-shot | 72.1 / 69.1 / 70.6 | 60.3 / 57.9 / 59.1 | 53.1 / 50.9 / 51.9 |
                | CCG quantifier | 50.6 / 66.0 / 57.3 | 32.8 / 42.8 / 37.1 | 44.2 / 57.6 / 50.0 |
                """;
}
