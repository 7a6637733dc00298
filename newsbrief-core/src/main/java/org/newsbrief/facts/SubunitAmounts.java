package org.newsbrief.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * An amount written as a currency and its hundredths is one amount: "five dollars and fifty cents", "it costs 15
 * dollars 50", "17 USD 25" are 5.50, 15.50 and 17.25 dollars (as CQE reads them), not a number of dollars and a
 * number of cents or of nothing. Only a currency word or code may stand between the two numbers (with an "and"),
 * and the second must be a whole number under 100 of cents, pence or nothing. Stateless.
 */
final class SubunitAmounts {

    private SubunitAmounts() {
    }

    /** What stands between the whole amount and its hundredths: its currency word or code, then an optional "and". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?i)\\s*(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp|cad|aud)\\s+(?:and\\s+)?");

    /** A currency code that the second number carries before it: "USD 25" of "17 USD 25". */
    private static final Pattern CODE_BEFORE = Pattern.compile("(?i)(?:usd|eur|gbp|cad|aud)\\s?(?=\\d)");

    /** Currencies divided into hundredths. */
    private static final Set<String> CENTS = Set.of("dollar", "euro", "pound sterling", "canadian dollar",
            "australian dollar", "new zealand dollar", "hong kong dollar", "singapore dollar");

    /** Replaces each currency amount and the hundredths written after it by one amount, in place. */
    static void join(String sentence, List<Quantity> quantities) {
        for (int i = quantities.size() - 2; i >= 0; i--) {
            Quantity whole = quantities.get(i);
            Quantity part = quantities.get(i + 1);
            if (whole.range() || part.range() || !CENTS.contains(whole.unitName()) || whole.value() != Math.rint(whole.value())
                    || part.value() != Math.rint(part.value()) || part.value() < 1 || part.value() > 99
                    || !(part.unitName().equals("-") || part.unitName().equals("cent") || part.unitName().equals("penny")
                            || part.unitName().equals(whole.unitName()))) {
                continue;
            }
            var code = CODE_BEFORE.matcher(part.text());
            String between = sentence.substring(whole.span().end(), part.span().start())
                    + (code.lookingAt() ? code.group() : "");
            if (!BETWEEN.matcher(between).matches()) {
                continue;
            }
            double hundredths = part.value() / 100;
            Span span = new Span(whole.span().start(), part.span().end());
            quantities.set(i, new Quantity(span, sentence.substring(span.start(), span.end()), whole.value() + hundredths,
                    whole.low() + hundredths, whole.high() + hundredths, whole.change(), whole.unit(), whole.concept(),
                    whole.partial(), false, whole.unitName()));
            quantities.remove(i + 1);
        }
    }
}
