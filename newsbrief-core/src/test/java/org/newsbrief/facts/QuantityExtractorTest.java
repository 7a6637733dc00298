package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<String> read(String sentence) {
        return extractor.extract(sentence).stream()
                .map(q -> q.text() + "|" + fmt(q.value()) + "|" + q.change() + "|" + q.unit() + "|" + q.concept()).toList();
    }

    /** Value (a range as "first-second"), change and normalised unit, as NewsQuant scores them. */
    private List<String> named(String sentence) {
        return extractor.extract(sentence).stream().map(q -> (q.range()
                ? fmt(q.value()) + "-" + fmt(q.value() == q.low() ? q.high() : q.low()) : fmt(q.value()))
                + "|" + q.change() + "|" + q.unitName()).toList();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Test
    void readsCountsWithModifiersUnitsAndConcepts() {
        assertThat(read("The Syrian observatory said nearly 1,700 civilians had fled over the past 24 hours to western"
                + " Aleppo and another 2,500 to the Kurdish-controlled district of Sheikh Maksoud.")).containsExactly(
                        "nearly 1,700|1700|~|civilians|fled", "24|24|=|hours|-", "2,500|2500|=|civilians|fled");
        assertThat(read("At least 225 civilians, including 27 children, have been killed since November 15."))
                .containsExactly("At least 225|225|>|civilians|killed", "27|27|=|children|killed");
        assertThat(read("That took to 219 the overall number of civilians killed.")).containsExactly(
                "219|219|=|civilians|killed");
    }

    @Test
    void aVerbOrCueWordAfterTheNumberIsNoCountedThing() {
        assertThat(read("At least 14 died and 27,000 homeless fled, but 12 dead remained in a shed.")).containsExactly(
                "At least 14|14|>|-|killed", "27,000|27000|=|-|displaced", "12|12|=|dead|killed");
    }

    @Test
    void countedMenNewsAndMoviesAreNamedByTheirLemma() {
        assertThat(named("The studio hired four men to make 12 movies for three news channels.")).containsExactly(
                "4|=|man", "12|=|movie", "3|=|news channel");
    }

    @Test
    void aCountNounBeforeAPluralOnlyModifiesIt() {
        assertThat(named("The mayor sent 30 police officers and 12 staff members, while 40 police stayed.")).containsExactly(
                "30|=|police officer", "12|=|staff member", "40|=|police");
    }

    @Test
    void anAuxiliaryOrConjunctionAfterTheNumberIsNoCountedThing() {
        assertThat(named("Of the 40 patients, 12 remain in care, and if 5 or 6 do recover, 3 might go home.")).containsExactly(
                "40|=|patient", "12|=|-", "5-6|=|-", "3|=|-");
        assertThat(named("Of the old trucks the firm kept 9 because it needed them.")).containsExactly("9|=|-");
    }

    @Test
    void oneOfAnyPluralPhraseNamesTheWholePhraseUpToADash() {
        assertThat(named("It was one of the worst marketing stunts of all time.")).containsExactly("1|=|bad marketing stunt time");
        assertThat(named("She is one of our regular customers.")).containsExactly("1|=|regular customer");
        assertThat(named("One of the buyers - a teacher in Ohio - paid cash.")).containsExactly("1|=|buyer");
        assertThat(named("He became one of the chief advocates in Washington.")).containsExactly("1|=|chief advocate Washington");
        assertThat(named("Only one of the few remained.")).containsExactly("1|=|-");
    }

    @Test
    void aBareNumberJoinedByAndToAUnitOfMeasureTakesIt() {
        assertThat(named("The lasers shine at 405 and 450 nanometers on the panels.")).containsExactly(
                "405|=|nanometre", "450|=|nanometre");
    }

    @Test
    void aSecondChangeJoinedByAndKeepsTheVerbsLabel() {
        assertThat(named("Sales were down 8 percent this year and 3 percent in the last quarter.")).containsExactly(
                "8|down|percentage", "3|down|percentage");
        assertThat(named("Sales fell 8 percent, and the firm has 3 stores left.")).containsExactly(
                "8|down|percentage", "3|=|store");
    }

    @Test
    void aFourDigitYearAfterAnOwnerDatesTheNounAfterIt() {
        // written for this test: "its 1982 war" once made a key-figure row "war captured: 1982"
        assertThat(read("Britain backed him during its 1982 war, and the party's 1998 campaigns cost its 1,200 staff"
                + " dearly.")).containsExactly("1,200|1200|=|staff|-");
    }

    @Test
    void readsScalesPercentCurrencyAndChanges() {
        assertThat(read("The Dow rose 0.65 per cent to end at 27,349.19, while almost 2 million people lack water."))
                .containsExactly("0.65 per cent|0.65|up|percent|-", "27,349.19|27349.19|=|-|-",
                        "almost 2 million|2000000|~|people|-");
        assertThat(read("Tickets sell for $6 each and a 25% duty applies.")).containsExactly("$6|6|=|dollar|-",
                "25%|25|=|percent|-");
    }

    @Test
    void readsUnitsAndScalesGluedToTheNumber() {
        assertThat(read("It doubles storage to 256GB with a 640bhp engine, about 25k cheaper, worth $1.762bn."))
                .containsExactly("256GB|256|=|gb|-", "640bhp|640|=|bhp|-", "about 25k|25000|~|-|-",
                        "$1.762bn|1762000000|=|dollar|-");
        assertThat(read("The 40.3C heat hit the 12MW plant, 9V batteries and a 5mL vial."))
                .extracting(q -> q.split("\\|")[3]).containsExactly("c", "mw", "v", "ml");
    }

    @Test
    void anAdverbOrFunctionWordAfterTheNumberIsNoCountedThing() {
        assertThat(read("Seasonal flu kills up to 500,000 globally.")).extracting(q -> q.split("\\|")[3]).containsExactly("-");
        assertThat(read("Officials said 40 however had fled.")).extracting(q -> q.split("\\|")[3]).containsExactly("-");
        assertThat(read("The virus has killed about 9,000 worldwide.")).extracting(q -> q.split("\\|")[3]).containsExactly("-");
        assertThat(read("The 4 rally drivers and 2 allies were hurt.")).extracting(q -> q.split("\\|")[3])
                .containsExactly("drivers", "allies");
    }

    @Test
    void capitalsGluedToDigitsThatAreNoUnitMakeAName() {
        assertThat(read("The singer died young, and the trio 3T will play at the gala.")).isEmpty();
    }

    @Test
    void readsSpelledAndVagueNumbers() {
        assertThat(read("Rebel rockets killed at least four civilians and wounded dozens of others.")).containsExactly(
                "at least four|4|>|civilians|killed", "dozens|12|=|civilians|wounded");
        assertThat(read("Tens of thousands of residents fled westward.")).containsExactly(
                "Tens of thousands|10000|=|residents|fled");
    }

    @Test
    void othersBesideAClosedGroupAreNotMoreOfIt() {
        assertThat(read("The raid killed the three gunmen and 9 others.")).containsExactly(
                "three|3|=|gunmen|killed", "9|9|=|-|killed");
        assertThat(read("The raid killed 3 guards and wounded 9 others.")).containsExactly(
                "3|3|=|guards|killed", "9|9|=|guards|wounded");
    }

    @Test
    void keepsModifierIntervalsAsDocumented() {
        Quantity about = extractor.extract("Around 250,000 civilians are trapped.").get(0);
        assertThat(about.low()).isCloseTo(243750.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(about.high()).isCloseTo(256250.0, org.assertj.core.data.Offset.offset(1e-6));
        Quantity more = extractor.extract("More than 10,000 civilians fled.").get(0);
        assertThat(more.high()).isInfinite();
        Quantity nearly = extractor.extract("Nearly 1,700 people fled.").get(0);
        assertThat(nearly.high()).isEqualTo(1700.0);
    }

    @Test
    void ignoresYearsDatesTimesScoresIdentifiersAndLinks() {
        assertThat(read("In 2016 the siege began on November 15 at 12:01 a.m. (0401 GMT); the match ended 2-2;"
                + " see Section 427 Row 21, www.example.com/page2 and Resolution 2254.")).isEmpty();
        assertThat(read("Masaken Hanao was the first district, and no one left.")).isEmpty();
        assertThat(read("Oklahoma finished in the Big 12, won Game 2 and bought a Galaxy 11, as in 1600.")).isEmpty();
        assertThat(read("The company has more than 1000 customers.")).containsExactly("more than 1000|1000|>|customers|-");
    }

    @Test
    void readsRangesWrittenWithDashesToBetweenAndOr() {
        assertThat(named("They used a 5-10W laser at speeds of 15-22 miles per hour.")).containsExactly(
                "5-10|=|watt", "15-22|=|mile per hour");
        assertThat(named("Homes sold for between $250,000 and $1.2 million.")).containsExactly(
                "250000-1200000|=|dollar");
        assertThat(named("It expects a fine of $2 to $4 billion for three or four years.")).containsExactly(
                "2000000000-4000000000|=|dollar", "3-4|=|year");
        assertThat(named("Growth will slow from 4.8 to 4.7 percent; he went from 210 pounds to 190.")).containsExactly(
                "4.8-4.7|=|percentage", "210-190|=|pound-mass");
        // the level reached is not itself a change (NewsQuant labels it "=" more often than not)
        assertThat(named("Sales rose 5 percent to $400 million.")).containsExactly("5|up|percentage", "400000000|=|dollar");
        assertThat(named("The deficit increased by $40 million to $400 million.")).containsExactly(
                "40000000|up|dollar", "400000000|=|dollar");
    }

    @Test
    void readsVaguePluralsAsNewsQuantRanges() {
        assertThat(named("Tens of thousands of students and dozens of people came.")).containsExactly(
                "10000-100000|=|student", "12-120|=|people");
        // written for this rule: a compound vague plural needs no "of" after it
        assertThat(named("The cyclone left hundreds of thousands homeless.")).containsExactly("100000-1000000|=|-");
    }

    @Test
    void labelsChangesFromVerbsByAndSigns() {
        assertThat(named("Output increased by 2 percent while the index was up nearly 57% and the Dow +0.2%."))
                .containsExactly("2|up|percentage", "57|up|percentage", "0.2|up|percentage");
        assertThat(named("Cooking takes ~25 – 40min.")).containsExactly("25-40|~|minute");
        assertThat(named("The forecast was revised upward by 40 million euros.")).containsExactly("40000000|up|euro");
        assertThat(named("The probe flew a 2.3 billion-mile course and the fund has raised 40 million of the 90 million euros."))
                .containsExactly("2300000000|=|mile", "40000000|=|euro", "90000000|=|euro");
        assertThat(named("The deal is worth PS3.4bn, about 300 PS more than the car.")).containsExactly(
                "3400000000|=|pound sterling", "300|~|horsepower");
        // wire-service yen ("Y=") and gas priced per mmBTU
        assertThat(named("The shares fell 3 percent to Y=1,250 while gas cost $3.10 per mmBTU.")).containsExactly(
                "3|down|percentage", "1250|=|japanese yen", "3.1|=|dollar per mega british thermal unit");
        // an average is approximate, as NewsQuant labels it; "an average of" is not a verb and stays exact
        assertThat(named("She averaged 21.5 points and the team trades at barely 9 times earnings.")).containsExactly(
                "21.5|~|point", "9|~|count");
    }

    @Test
    void namesUnitsAsNewsQuantDoes() {
        assertThat(named("It tops out at 87 mph (140 km/h) with 296 hp and 450 Nm at 3000 rpm.")).containsExactly(
                "87|=|mile per hour", "140|=|kilometre per hour", "296|=|horsepower", "450|=|newton metre",
                "3000|=|revolutions per minute");
        assertThat(named("Rent is $3,500 a month, oil $60 per barrel, up from $55 a year earlier.")).containsExactly(
                "3500|=|dollar per month", "60|=|dollar per barrel", "55|=|dollar");
        assertThat(named("A 60 basis point cut left the rate at 1.38pc and shares at 118.5p.")).containsExactly(
                "60|=|basis point", "1.38|=|percentage", "118.5|=|point");
        assertThat(named("The 5G plan gives 54GB and a 45g sample heats to 500 degrees celsius.")).containsExactly(
                "5|=|generation wireless", "54|=|gigabyte", "45|=|gram", "500|=|celsius");
        assertThat(named("It fell to minus-130 degrees Fahrenheit; the loan costs five per cent.")).containsExactly(
                "-130|=|fahrenheit", "5|=|percentage");
    }

    @Test
    void keepsTheCountedNounPhrase() {
        assertThat(named("Surgeons did 700 heart transplants in seven European countries against four different bosses."))
                .containsExactly("700|=|heart transplant", "7|=|european country", "4|=|different boss");
        assertThat(named("One proposal asks for more.")).containsExactly("1|=|proposal");
    }

    @Test
    void readsFromToRangesAcrossWordsAndUnits() {
        assertThat(named("Mileage climbed from 20 miles per gallon in 2010 to 31 in 2020.")).containsExactly(
                "20-31|=|mile per gallon");
        assertThat(named("The coin fell from $40,100 at noon to $38,900 by night.")).containsExactly(
                "40100-38900|=|dollar");
    }

    @Test
    void readsSharesAsRatios() {
        assertThat(named("Nearly two-thirds of the voters agreed; one out of four residents left.")).containsExactly(
                "0.6666666666666666|~|% voter", "0.25|=|% resident");
        // a share of a unit is named by the unit alone, as NewsQuant names it
        assertThat(named("A cup is 1/16 of a gallon.")).containsExactly("0.0625|=|gallon");
        assertThat(named("One imperial fluid ounce is 1/20 of an imperial pint.")).containsExactly("1|=|ounce", "0.05|=|pint");
        assertThat(named("They lost in the final third of the game.")).isEmpty();
    }

    @Test
    void keepsTheBoundInConversionsAndSkipsPhrasalUps() {
        assertThat(named("It makes just under 300 hp (224 kW) and gave up 517 yards.")).containsExactly(
                "300|<|horsepower", "224|<|kilowatt", "517|=|yard");
    }

    @Test
    void readsMarketClosesParallelUnitsAndPricesPerPeriodAfterAConversion() {
        // "ended up" is phrasal, "ended down" a fall; a bare number after a repeated "by" or "at" takes the
        // earlier one's unit, but not its currency sign
        assertThat(named("The index ended down 1% at 1,460 points, and the other lost 1.2% to end at 1,330."))
                .containsExactly("1|down|percentage", "1460|=|point", "1.2|down|percentage", "1330|=|point");
        assertThat(named("Paris increased by 2 percent but Madrid fell by 1.")).containsExactly(
                "2|up|percentage", "1|down|percentage");
        assertThat(named("The euro was at $1.14 and the index was up at 96.1.")).containsExactly(
                "1.14|=|dollar", "96.1|=|-");
        assertThat(named("It is a 9 billion shekels ($2.4 billion) a year industry.")).containsExactly(
                "9000000000|=|shekel per year", "2400000000|=|dollar");
        assertThat(named("Egg prices averaged 64.2 cents a dozen; she bought a dozen eggs.")).containsExactly(
                "64.2|~|cent per dozen", "12|=|egg");
    }

    @Test
    void namesAgesModelsPeoplesAndTemperatures() {
        assertThat(named("The tunnels cut through 400 million-year-old rock; he is 29 years old! It walks at 6 weeks of age."))
                .containsExactly("400000000|=|year of age", "29|=|year of age", "6|=|week of age");
        // a number before "Pro", "Max", "Mini" or "Plus" names a model, as CQE filters it
        assertThat(named("The airline grounded two new 737 Max jets and sold the 11 Pro Max.")).containsExactly(
                "2|=|new 737 Max jet");
        // after "of" a people's plural name is kept as written, right after a number it is lemmatized
        assertThat(named("It exposed millions of Americans; one out of three Germans rent; 1,300 Americans applied."))
                .containsExactly("1000000-10000000|=|Americans", "0.3333333333333333|=|% Germans", "1300|=|American");
        assertThat(named("Water boils at 100° Celsius and 98.6 degrees f is normal.")).containsExactly(
                "100|=|celsius", "98.6|=|fahrenheit");
        assertThat(named("The 20 most expensive restaurants are in the three largest cities.")).containsExactly(
                "20|=|expensive restaurant", "3|=|large city");
    }

    @Test
    void readsDozensWholeUnitPhrasesMoneyInPoundsAndLowerCaseCurrencies() {
        assertThat(named("About two dozen protesters came; rates rose by a quarter of a percentage point.")).containsExactly(
                "24|~|protester", "0.25|up|percentage point");
        // pounds scaled by a word are money, pounds "of" something a weight
        assertThat(named("Profit rose to 361 million pounds and it sold 2 million pounds of beef.")).containsExactly(
                "361000000|=|pound sterling", "2000000|=|pound-mass");
        assertThat(named("the charge was c $ 300 million and exports fell to hk $ 10 billion.")).containsExactly(
                "300000000|=|canadian dollar", "10000000000|=|hong kong dollar");
    }

    @Test
    void namesCountsAfterAProperNameAndPartsOfAWhole() {
        // the tagger takes "satellites" after a name for a verb; a count of many goes on to its plural
        assertThat(named("The rocket carried 60 Starlink satellites into orbit.")).containsExactly("60|=|Starlink satellite");
        assertThat(named("The team has won 11 of its last 12 games.")).containsExactly("11|=|game", "12|=|game");
        // every form of a change verb
        assertThat(named("Shares jumps 3% as bonds slipped 0.4% and oil was shrinking 2%.")).containsExactly(
                "3|up|percentage", "0.4|down|percentage", "2|down|percentage");
    }

    @Test
    void readsHyphenatedSpelledNumbersAndMeasuresAfterCapitalisedWords() {
        // spelled numbers compound and take a unit after a hyphen, as digits do ("a 5-year deal")
        assertThat(named("About twenty-five people signed a five-year deal for a six-cylinder car.")).containsExactly(
                "25|~|people", "5|=|year", "6|=|cylinder");
        assertThat(named("A five-year-old had a one-time gain and a two-thirds majority on a two-way street."))
                .containsExactly("5|=|year of age");
        // a capitalised function word is no name, and a unit after the number makes it a measure, not a model
        // number or a year
        // (CQE's unit table names "pound-feet" pound-foot; only "lb-ft" is foot pound-force)
        assertThat(named("Photo by Ann Lee With 275 pound-feet of torque.")).containsExactly("275|=|pound-foot");
        assertThat(named("The MacBook Pro 16 inch has a 1520 sq m plant; the Big 12 met in Game 2.")).containsExactly(
                "16|=|inch", "1520|=|square metre");
    }

    @Test
    void readsSpelledNumbersOfSeveralWordsAsOne() {
        // CQE's normaliser adds a run of number words; before, "ninety five" gave 90 and 5
        assertThat(named("Ninety five people, one hundred and fifty guests and twenty five thousand fans came."))
                .containsExactly("95|=|people", "150|=|guest", "25000|=|fan");
    }

    @Test
    void readsRatesWrittenWithHyphens() {
        // before, nothing was read from "a 12-cent-a-share dividend"
        assertThat(named("The board declared a 12-cent-a-share dividend and a $70-a-share price."))
                .containsExactly("12|=|cent per share", "70|=|dollar per share");
    }

    @Test
    void aModifiedFirstEndStillOpensAFromToRange() {
        assertThat(named("The range grew from up to 252 miles to 287 miles.")).containsExactly("252-287|<|mile");
    }

    @Test
    void readsNegativeTemperaturesSlashRatesAndNamesWithNumbers() {
        // a minus sign only before a temperature; "COVID -19" is a name written apart, passed over as "COVID-19" is
        assertThat(named("Temperatures drop to -5C overnight as thousands of COVID -19 tests and 300 COVID-19 tests ran."))
                .containsExactly("-5|=|celsius", "1000-10000|=|test", "300|=|test");
        assertThat(named("It hit 40.3C (104.5F) as the capacitor held 2.5 F.")).containsExactly(
                "40.3|=|celsius", "104.5|=|fahrenheit", "2.5|=|farad");
        assertThat(named("The patch costs $9.99/month or £5/kg.")).containsExactly(
                "9.99|=|dollar per month", "5|=|pound sterling per kilogram");
    }

    @Test
    void readsScientificNotationFractionsAndFractionsOfAScale() {
        // the power needs a caret, a sign or superscript digits: "3 x 10 metres" is a size
        assertThat(named("An electron carries 1.6 x 10-19 coulombs; the mine gave 2.5×10^6 tonnes, not 3 x 10 metres."))
                .containsExactly("1.6E-19|=|coulomb", "2500000|=|metric ton", "3|=|count", "10|=|metre");
        // mixed numbers and fractions before a unit; "9/11" and a bare "1/2" are no fractions of a unit
        assertThat(named("He swam 10 1/2 miles, drank 1/2 cup of tea and 2½ cups of milk, and bought 7 3/4 % bonds at 101 1/4."))
                .containsExactly("10.5|=|mile", "0.5|=|cup", "2.5|=|cup", "7.75|=|percentage", "101.25|=|-");
        assertThat(named("Half a million people marched and a quarter million stayed home.")).containsExactly(
                "500000|=|people", "250000|=|-");
        assertThat(named("Rates fell by half a percentage point within half an hour; half a dozen banks cut, half a loaf stayed."))
                .containsExactly("0.5|down|percentage point", "0.5|=|hour", "6|=|bank");
        assertThat(named("The defence will call 10 witnesses.")).containsExactly("10|=|witness");
        // a glued m is a million before a plural noun, metres otherwise
        assertThat(named("The 37m tower and the 400m hurdles drew 1.5m viewers and 2.3m people.")).containsExactly(
                "37|=|metre", "400|=|metre", "1500000|=|viewer", "2300000|=|people");
        assertThat(named("They saw a planet 100 light-years away.")).containsExactly("100|=|light-year");
        // the dots of an abbreviation do not end the counted phrase
        assertThat(read("Some 40 U.S. senators and 3 U.K. banks signed.")).containsExactly(
                "Some 40|40|~|senators|-", "3|3|=|banks|-");
        assertThat(named("Some 40 U.S. senators and 3 U.K. banks signed; he sold 5 in the U.S.")).containsExactly(
                "40|~|U.S. senator", "3|=|U.K. bank", "5|=|-");
        // an acronym's plural is named in the singular, as a lemmatizer names it
        // after a name and a comma a number starts a clause and counts, unless it is an apposition ("Senard, 65, now")
        assertThat(named("In Texas, 5 people died; on Monday, 12 were hurt; Senard, 65, now leads.")).containsExactly(
                "5|=|people", "12|=|-");
        assertThat(named("The firm sold 10 SUVs, 5 MPs voted and he has 80 RBIs.")).containsExactly(
                "10|=|SUV", "5|=|MP", "80|=|RBI");
        // a number's noun phrase does not start with another number ("798,000 two years" is no phrase: after "up
        // from", 798,000 counts the people it is compared with)
        assertThat(named("It employs 1.5 million people, up from 798,000 two years ago.")).containsExactly(
                "1500000|=|people", "798000|=|people", "2|=|year");
    }

    @Test
    void readsSuspendedHyphensSubBoundsAndSmallCountsAfterOr() {
        assertThat(named("It offers two-, three- and four-door models with 10- or 12-inch screens.")).containsExactly(
                "2|=|door", "3|=|door", "4|=|door", "10|=|inch", "12|=|inch");
        assertThat(named("Firms race to make sub-5 nanometre chips and sub-$100 phones.")).containsExactly(
                "5|<|nanometre", "100|<|dollar");
        assertThat(named("Repairs take a day or two, and the club may sign another striker or two.")).containsExactly(
                "2|=|day", "2|=|striker");
        assertThat(named("They found a 2m-long python behind a 1.5m-high wall.")).containsExactly("2|=|metre", "1.5|=|metre");
        // a dash range whose ends both carry a scale or a percent sign
        assertThat(named("It will cost $2m-$3m, take 10%-15% of sales and face 2m-3m waves.")).containsExactly(
                "2000000-3000000|=|dollar", "10-15|=|percentage", "2-3|=|metre");
        // a hyphen left before a space does not join the unit ("250 miles- and more")
        assertThat(named("Range grows to 250 miles- and more.")).containsExactly("250|=|mile");
    }

    @Test
    void namesCurrencySignsAfterNumbersPenceAndRatesOfAThing() {
        assertThat(named("A ticket costs 15 € here and 10 $ 30 there.")).containsExactly("15|=|euro", "10|=|-", "30|=|dollar");
        assertThat(named("Shares rose 4 pence to 197 pence.")).containsExactly("4|up|penny", "197|=|penny");
        // a rate per period after "of" and the thing measured; "a year earlier" is no rate
        assertThat(named("The airline buys 2.4 billion gallons of jet fuel a year, against 2 billion gallons of fuel a year earlier."))
                .containsExactly("2400000000|=|gallon per year", "2000000000|=|gallon");
        // a capitalised head is a name, not a unit
        assertThat(named("They have appeared in eight straight World Cups.")).containsExactly("8|=|straight World Cup");
    }

    @Test
    void readsIndianScalesPlusSuffixesAndAges() {
        assertThat(named("The state spent Rs 500 crore, Rs. 2.5 lakh and 35 lakh rupees to move 25 lakh tonnes."))
                .containsExactly("5000000000|=|rupee", "250000|=|rupee", "3500000|=|rupee", "2500000|=|metric ton");
        assertThat(named("It costs CHF 20 or CNY 90.")).containsExactly("20|=|swiss franc", "90|=|chinese yuan");
        assertThat(named("It expects 1 million-plus visitors and 1,000-plus jobs.")).containsExactly(
                "1000000|>|visitor", "1000|>|job");
        assertThat(named("People aged 65 and over and those aged 18 to 24 voted.")).containsExactly(
                "65|=|year of age", "18-24|=|year of age");
    }

    @Test
    void namesUnitsPerUnitAfterASlashAndWireQuoteCodes() {
        // a unit per a unit when both halves are known; "P/E" and "A/B" are no units
        assertThat(named("Levels reached 45 µg/m³ and 5mg/L, a density of 1.3 A/cm2; the P/E was 12 and 3 A/B tests ran."))
                .containsExactly("45|=|microgram per cubic metre", "5|=|milligram per litre", "1.3|=|ampere per square centimetre",
                        "12|=|-", "3|=|a/b test");
        // a unit raised to a power keeps the power, in a rate too
        assertThat(named("It packs 171 million transistors per square millimetre and moved 40 cubic yards.")).containsExactly(
                "171000000|=|transistor per square millimetre", "40|=|cubic yard");
        // a wire service's quote code after the price names the currency priced
        assertThat(named("The euro was at $1.1396 EUR= and the yen at 108.79 JPY=.")).containsExactly(
                "1.1396|=|euro", "108.79|=|japanese yen");
    }

    /** The traps corpus: {@code facts/quantity-traps.txt}, one sentence a line, none with a quantity. */
    @Test
    void findsNothingInTheTrapsCorpus() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("/facts/quantity-traps.txt")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(15);
            for (String line : lines) {
                assertThat(read(line)).as(line).isEmpty();
            }
        }
    }

    @Test
    void countsThePluralAfterAnyPossessive() {
        assertThat(read("Shelling this week has killed 30 of Mosul's residents.")).containsExactly(
                "30|30|=|residents|killed");
        assertThat(read("The strike killed 12 of the city's defenders.")).containsExactly("12|12|=|defenders|killed");
        assertThat(read("Shelling has killed 30 of its residents this week.")).containsExactly(
                "30|30|=|residents|killed");
    }

    @Test
    void aClockTimeBeforeTheFullStopIsNoQuantity() {
        assertThat(read("The talks resumed at 5 pm.")).isEmpty();
        assertThat(read("Polls close at 8 p.m. local time.")).isEmpty();
    }

    @Test
    void aCurrencyPrefixThatNamesNoKnownCurrencyIsNoDollar() {
        // "S£" is the Syrian pound; a letter before a sign that names nothing falls back to the sign
        assertThat(named("Bread costs S£500 and a Class A €5 ticket sells out.")).containsExactly(
                "500|=|syrian pound", "5|=|euro");
        assertThat(UnitResolver.currency("$US")).isEqualTo("dollar");
        assertThat(UnitResolver.currency("C¤")).isEqualTo(UnitResolver.GENERIC_CURRENCY);
    }

    @Test
    void yearsSpanTheSameCenturiesAloneAndInDashRanges() {
        assertThat(read("Seas may rise by 2200 and the 2150-2200 decades are hotter than 1990-2000.")).isEmpty();
        assertThat(named("Between 1,500-2,000 troops and 2,300 tanks came.")).containsExactly(
                "1500-2000|=|troop", "2300|=|tank");
    }

    // Rules found on fresh text (DUC 2003 and Multi-News tuning sentences), each with a phrase written for it.

    @Test
    void readsTheWireAbbreviationOfDollars() {
        assertThat(named("Losses reached dlrs 3.5 billion and DLRS 20 a share.")).containsExactly(
                "3500000000|=|dollar", "20|=|dollar per share");
    }

    @Test
    void pronounsAdverbsAndQuestionWordsAreNoCountedThing() {
        assertThat(named("Some 12 argued themselves out, and up to 300 when the doors opened.")).containsExactly(
                "12|~|-", "300|<|-");
        assertThat(named("They won 9 overall and the 4 already sold.")).containsExactly("9|=|-", "4|=|-");
    }

    @Test
    void aSpacedQuoteAfterANumberOpensAWordAndIsNoInch() {
        assertThat(named("She has 800 \"followers\" and the board is 30\" wide.")).containsExactly(
                "800|=|follower", "30|=|inch");
    }

    @Test
    void readsAgesAfterAgeWordsAndBetweenCommas() {
        assertThat(named("Two boys, ages 7 and 9, met at age 12 a man in his age (40).")).containsExactly(
                "2|=|boy", "7|=|year of age", "9|=|year of age", "12|=|year of age", "40|=|year of age");
        assertThat(named("the singer, 71, and his son, 45, arrived.")).containsExactly("71|=|year of age", "45|=|year of age");
    }

    @Test
    void readsAWholeNumberAndAHalf() {
        assertThat(named("The talks lasted three-and-a-half hours after a two-and-a-half-day delay.")).containsExactly(
                "3.5|=|hour", "2.5|=|day");
    }

    @Test
    void readsVaguePluralsStandingAlone() {
        assertThat(read("Hundreds have fled, officials said.")).containsExactly("Hundreds|100|=|-|fled");
        assertThat(read("The 1990s saw hundreds of new firms.")).containsExactly("hundreds|100|=|firms|-");
    }

    @Test
    void timesWithMinutesDaysBeforeYearsAndLowerCaseLabelsAreNoQuantities() {
        assertThat(read("The blast came around 6.15 am, as on oct. 3, 2012, near exit 14 of route 9.")).isEmpty();
        assertThat(read("police were called to the 900 block of main street.")).isEmpty();
        assertThat(named("The fee was 6.15 dollars and flight 12 carried 140 passengers.")).containsExactly(
                "6.15|=|dollar", "140|=|passenger");
    }

    @Test
    void aPartitiveCountsThePhraseAfterItsOwnerOrNumber() {
        assertThat(named("About 40 of the elderly people and 9 of the region's 14 towns were hit.")).containsExactly(
                "40|~|people", "9|=|town", "14|=|town");
    }

    @Test
    void shrinkIsAFallEvenAfterAGrowthWord() {
        assertThat(named("Instead of growing, output will shrink by 2 percent.")).containsExactly("2|down|percentage");
    }

    @Test
    void readsPluralAgesGluedToTheNumber() {
        assertThat(named("The camp hosts 16-year-olds.")).containsExactly("16|=|year of age");
    }

    @Test
    void countsThePluralAfterMoreAndOdd() {
        assertThat(named("The storm claimed 12 more lives and 3 more in the north.")).containsExactly("12|=|life", "3|=|-");
        assertThat(read("About 400-odd ships sailed.")).containsExactly("About 400|400|~|ships|-");
        assertThat(named("He kept 300-odd letters.")).containsExactly("300|~|letter");
    }

    @Test
    void aVaguePluralEndsThePhraseOfTheNumberBefore() {
        assertThat(named("The war left 5,000 dead and thousands missing.")).containsExactly("5000|=|dead", "1000-10000|=|-");
    }

    @Test
    void aVerbAfterOneIsNoCountedThing() {
        assertThat(named("One breaks a leg and another one stays behind.")).containsExactly("1|=|-");
        assertThat(named("He kept one behind.")).containsExactly("1|=|-");
    }

    @Test
    void aYearAfterMonthAndDayIsNoCountEvenBeforeAPlural() {
        assertThat(read("posted on june 3, 2019 fans said")).isEmpty();
    }

    @Test
    void executionsAreKillings() {
        assertThat(read("Rebels executed 14 prisoners.")).containsExactly("14|14|=|prisoners|killed");
    }

    @Test
    void readsSharesWrittenWithoutOf() {
        assertThat(named("He won more than half the seats, one-tenth the cost, and half its staff left.")).containsExactly(
                "0.5|>|% seat", "0.1|=|% cost", "0.5|=|% staff");
        assertThat(read("They led in the first half the whole time.")).isEmpty();
    }

    @Test
    void contractionsAndQuantifiersAreNoCountedThing() {
        assertThat(named("Of the 30 that's left, 12 many would call lucky.")).containsExactly("30|=|-", "12|=|-");
    }

    @Test
    void tenDigitsOrMoreWithoutSeparatorsAreAnIdentifier() {
        assertThat(read("Video 1213456468 shows the scene.")).isEmpty();
    }

    @Test
    void speciesAndSeriesKeepTheirSingular() {
        assertThat(named("They found 40 species in 3 series.")).containsExactly("40|=|species", "3|=|series");
    }

    // Rules of the units round (issue 5; CQE's unit test sets, even positions read): each phrase written for its rule.

    @Test
    void anAmountAndItsHundredthsAreOneAmount() {
        assertThat(named("The ticket cost seven dollars and twenty cents.")).containsExactly("7.2|=|dollar");
        assertThat(named("The fare is 12 dollars 40.")).containsExactly("12.4|=|dollar");
        assertThat(named("The fee rose to 9 USD 75 last week.")).containsExactly("9.75|=|dollar");
        // a count after the amount is no hundredths
        assertThat(named("He paid 15 dollars 20 times.")).containsExactly("15|=|dollar", "20|=|count");
    }

    @Test
    void currencySignsAfterTheNumberAndIsoPrefixedDollarSigns() {
        assertThat(named("A coffee costs 900 ₡ in the capital.")).containsExactly("900|=|costa rican colón");
        assertThat(named("She won 20,000 ₭ at the fair.")).containsExactly("20000|=|lao kip");
        assertThat(named("The shirt costs mxn$ 250.")).containsExactly("250|=|mexican peso");
        assertThat(named("Fees are cad$ 40 a month.")).containsExactly("40|=|canadian dollar per month");
        assertThat(named("They sold Mex$ 3 million of bonds.")).containsExactly("3000000|=|mexican peso");
    }

    @Test
    void aCountrysNameBeforeACurrencyWordNamesThatCountrysCurrency() {
        // written for this test: "pounds" alone is a weight and "pesos" alone the Mexican peso
        assertThat(named("The ticket cost 200 Egyptian pounds.")).containsExactly("200|=|egyptian pound");
        assertThat(named("He paid 8,000 Chilean pesos for it.")).containsExactly("8000|=|chilean peso");
        assertThat(named("The fare is 40 New Taiwan dollars.")).containsExactly("40|=|new taiwan dollar");
        // a known whole name, an abbreviated country and a weight stay as they were
        assertThat(named("Exports rose to 5 billion Hong Kong dollars.")).containsExactly("5000000000|=|hong kong dollar");
        assertThat(named("He paid 40 U.S. dollars.")).containsExactly("40|=|dollar");
        assertThat(named("Farmers sold 2 million pounds of beef.")).containsExactly("2000000|=|pound-mass");
    }

    @Test
    void aMillionOrThousandLetterBeforeACurrencyCodeScalesTheAmount() {
        assertThat(named("Sales reached 85 MEUR in 2021.")).containsExactly("85000000|=|euro");
        assertThat(named("The grant is 250 kEUR.")).containsExactly("250000|=|euro");
    }

    @Test
    void feetAndInchesOfAHeight() {
        assertThat(named("The centre stands 6 ft 9 in.")).containsExactly("6|=|foot", "9|=|inch");
        assertThat(named("The guard is 6 feet 4 inches, 2 ft in length.")).containsExactly("6|=|foot", "4|=|inch", "2|=|foot");
    }

    @Test
    void aCurrencyCodeBetweenTheNumberAndItsScale() {
        assertThat(named("They paid 45 USD million, then 30 EUR billion.")).containsExactly("45000000|=|dollar",
                "30000000000|=|euro");
    }

    // Rules of the second fresh-text round (issue 5, wip/quant5; errors read on DUC 2003 and Multi-News validation
    // sentences): each phrase written for its rule.

    @Test
    void negatedBoundsAreTheOtherBound() {
        assertThat(named("The law sets a fine not exceeding five thousand dollars and a term of no more than 3 years."))
                .containsExactly("5000|<|dollar", "3|<|year");
        assertThat(named("The navy sent no fewer than 40 ships and not less than 2,000 sailors."))
                .containsExactly("40|>|ship", "2000|>|sailor");
    }

    @Test
    void orSoAfterANumberOrItsUnitIsAbout() {
        assertThat(named("They tracked 600 or so satellites for two hours or so.")).containsExactly("600|~|satellite",
                "2|~|hour");
    }

    @Test
    void orMoreAndOrLessAfterANumberOrItsUnitAreBounds() {
        assertThat(named("The fund will need $30 billion or more, and 5 or more people will run it.")).containsExactly(
                "30000000000|>|dollar", "5|>|people");
        assertThat(named("She is stuck at 45 percent or below, and children aged 5 or under ride free.")).containsExactly(
                "45|<|percentage", "5|<|year of age");
    }

    @Test
    void aVagueCompoundWithoutOfIsOneRange() {
        assertThat(named("The gods number in hundreds of thousands, and tens of millions watched.")).containsExactly(
                "100000-1000000|=|-", "10000000-100000000|=|-");
    }

    @Test
    void theGenericPronounOneIsNoCount() {
        assertThat(read("It is hard to purify one's memory, and how long does one have to wait?")).isEmpty();
        assertThat(read("Friends with whom one can keep in touch are few.")).isEmpty();
        // a count that only looks like the pronoun stays
        assertThat(extractor.extract("Did one of them survive? Two were hurt and one could die.")).hasSize(3);
    }

    @Test
    void aYearBeforeASingularNounEndingInSIsNoCount() {
        assertThat(read("After the 1998 crisis and the 1992 class, the 2008 process stalled.")).isEmpty();
        // plurals after a four-digit number still count
        assertThat(named("The 1500 buses and 1200 campuses stayed.")).containsExactly("1500|=|bus", "1200|=|campus");
    }

    @Test
    void oneByOneIsNoCount() {
        assertThat(read("The candidates appeared one by one, and One by one they left.")).isEmpty();
    }

    @Test
    void aListItemsNumberIsNoQuantity() {
        assertThat(read("2. Rebecca larue might have been perfect.")).isEmpty();
        assertThat(named("What we want to see: 1. \" two a-holes \" chewing gum.")).containsExactly("2|=|a-hole");
        // a number ending a sentence stays
        assertThat(named("The score rose to 2. Then it fell.")).containsExactly("2|=|-");
    }

    @Test
    void nineOneOneBeforeACallOrOperatorIsTheEmergencyNumber() {
        assertThat(read("A senior 911 operator spoke.")).isEmpty();
        assertThat(named("The 911 call came, and 911 people left.")).containsExactly("911|=|people");
    }

    @Test
    void aNumberAfterNumberOrNoIsARank() {
        assertThat(read("The number one engine failed, and the no. 2 went home in the number 103 shirt.")).isEmpty();
    }

    @Test
    void aCapitalisedWordGluedToDigitsIsAName() {
        assertThat(named("The offer to 3Com was refused, but the 120Hz screen stayed.")).containsExactly("120|=|hertz");
    }

    @Test
    void aLeadingZeroOrACharacterReferenceIsNoQuantity() {
        assertThat(read("Dial the 0871 line at 3: 02 p.m. and skip the &#124; sign.")).isEmpty();
        assertThat(named("He paid 0.5 percent.")).containsExactly("0.5|=|percentage");
    }

    @Test
    void hundredsOfALargerScale() {
        assertThat(named("They spent more than three hundred billion dollars on two hundred thousand troops."))
                .containsExactly("300000000000|>|dollar", "200000|=|troop");
    }

    @Test
    void aSecondDayAfterAMonthAndDay() {
        assertThat(read("Rain is forecast for Nov. 17 or 18 and for May 5 and 6.")).isEmpty();
    }

    @Test
    void quartersAfterAnOrdinalArePeriods() {
        assertThat(read("Costs rose in the third and fourth quarters of the year.")).isEmpty();
    }

    @Test
    void aChangeRestatedAfterOrKeepsItsDirection() {
        assertThat(named("The index lost 120 points, or 2.5%, to 4,800.")).containsExactly("120|down|point",
                "2.5|down|percentage", "4800|=|-");
        // a count restated as a share reports no change
        assertThat(named("Of the staff, 30 people, or 12%, left.")).containsExactly("30|=|people", "12|=|percentage");
    }

    @Test
    void aPossessiveAfterOneOfIsPartOfThePhrase() {
        assertThat(named("She became one of Norway's leading chemists.")).containsExactly("1|=|Norway leading chemist");
        assertThat(named("It is one of the county's oldest mills.")).containsExactly("1|=|county old mill");
        // a participle after a noun or preposition opens a clause, not a modifier
        assertThat(named("He was one of the loudest voices in Paris opposing taxes.")).containsExactly("1|=|loud voice Paris");
    }

    @Test
    void anAdverbBeforeAnAdjectiveIsLeftOut() {
        assertThat(named("They proposed three radically different plans.")).containsExactly("3|=|different plan");
    }

    @Test
    void superlativesTheModelLeavesAreLemmatized() {
        assertThat(named("The two noisiest rooms and the three dumbest rules stayed; the two hottest ovens failed."))
                .containsExactly("2|=|noisy room", "3|=|dumb rule", "2|=|hot oven");
        // an "-est" left as written is cut only where the positive takes no "e"
        assertThat(CountedPhrase.superlative("dumbest", "dumbest")).isEqualTo("dumb");
        assertThat(CountedPhrase.superlative("purest", "purest")).isNull();
        assertThat(CountedPhrase.superlative("priest", "priest")).isNull();
    }

    @Test
    void aBallotMeasuresNumberIsALabel() {
        assertThat(read("Proposition 12 bans cages, and Amendment 4 restores votes.")).isEmpty();
    }

    @Test
    void aListSharesItsUnitThroughCommasBeforeAnd() {
        assertThat(named("Samples were taken at 3, 7 and 12 weeks.")).containsExactly("3|=|week", "7|=|week", "12|=|week");
        // a comma alone, with no "and" to a measure, shares nothing
        assertThat(named("In 40, 12 weeks passed.")).doesNotContain("40|=|week");
    }

    @Test
    void aSuspendedHyphenBeforeToOpensARange() {
        assertThat(named("They planted 10- to 14-foot trees.")).containsExactly("10-14|=|foot");
    }

    @Test
    void downAfterAVerbOfEatingOrShootingIsAParticle() {
        assertThat(named("He gobbled down 12 pies and they shot down three drones.")).containsExactly("12|=|pie", "3|=|drone");
        assertThat(named("Shares closed down 3 percent.")).containsExactly("3|down|percentage");
    }

    @Test
    void anAreaCodeInSpacedParenthesesIsPartOfAPhoneNumber() {
        assertThat(named("Tips go to the sheriff at ( 555 ) 201-7788, or to 12 deputies.")).containsExactly("12|=|deputy");
    }

    @Test
    void aTypesNumberNamesTheType() {
        assertThat(named("She has had type 1 diabetes for 20 years.")).containsExactly("20|=|year");
    }

    @Test
    void aMaximumOrMinimumOfBoundsTheNumber() {
        assertThat(named("The ferry takes a maximum of 40 cars and costs a minimum of 15 dollars.")).containsExactly(
                "40|<|car", "15|>|dollar");
    }

    @Test
    void overAfterAVerbOfHandingIsAParticle() {
        assertThat(named("The firm handed over 300 files and turned over 2 laptops, in over 20 boxes.")).containsExactly(
                "300|=|file", "2|=|laptop", "20|>|box");
    }

    @Test
    void aVerbThatChangesItsObjectByANumberIsAChange() {
        assertThat(named("The airline is trimming its cabin crew by 400 and raised fares by 6 percent.")).containsExactly(
                "400|down|-", "6|up|percentage");
        assertThat(named("The bill was raised by 12 senators.")).containsExactly("12|=|senator");
        assertThat(named("They boosted output by about 9 percent.")).containsExactly("9|~|percentage");
    }

    @Test
    void aPluralNounBeforeAPluralNounModifiesIt() {
        assertThat(named("The agency launched two communications satellites and hired 30 sales clerks.")).containsExactly(
                "2|=|communication satellite", "30|=|sale clerk");
        assertThat(named("He has three sons, ages 4 and 9, and two daughters ages 6 and 11.")).contains("3|=|son", "2|=|daughter");
    }

    @Test
    void aClockTimeWrittenApartIsNoQuantity() {
        assertThat(named("the clip runs 1: 45 and the bus left at 7: 15 with 12 riders.")).containsExactly("12|=|rider");
    }

    @Test
    void theFirstNumberOfPageFurnitureIsNoQuantity() {
        assertThat(named("Photo 2 of 8 shows three firefighters.")).containsExactly("3|=|firefighter");
    }

    @Test
    void seasonsAndBallotMeasuresAreLabelsInLowerCaseToo() {
        assertThat(named("fans of season 4 voted on proposition 12, and 9 episodes aired.")).containsExactly("9|=|episode");
    }

    @Test
    void aPeoplesPluralInIsIsLemmatized() {
        assertThat(named("The strike wounded 14 Iraqis and 6 Saudis.")).containsExactly("14|=|Iraqi", "6|=|Saudi");
    }

    @Test
    void aDashClosesAnAgesApposition() {
        assertThat(named("her cousins, anna, 24 — and theo, 19, — arrived.")).contains("24|=|year of age");
    }

    @Test
    void aLowerCaseWarIsNoUnitAndAYearBeforeItADate() {
        assertThat(named("Veterans of the 1967 war met 40 survivors of two wars.")).containsExactly(
                "40|=|survivor", "2|=|war");
        assertThat(named("The closer was worth 1.2 WAR.")).containsExactly("1.2|=|win above replacement");
    }

    @Test
    void aVerbWithUpAsItsParticleReportsNoChange() {
        assertThat(named("The trucker kept racking up 300 miles a day and showed up two hours late.")).containsExactly(
                "300|=|mile per day", "2|=|hour");
        assertThat(named("A lost ring turns up 40 years later.")).containsExactly("40|=|year");
    }

    @Test
    void increaseOrCutAnObjectByANumberIsAChange() {
        assertThat(named("The league will increase its playoff field by four and cut its regular season by 6 games."))
                .containsExactly("4|up|-", "6|down|game");
    }

    @Test
    void oneAfterTheOtherIsNoCount() {
        assertThat(named("The 12 floats passed one after the other, then one after another.")).containsExactly("12|=|float");
    }

    @Test
    void aNumberJoinedToAClockTimeIsATimeToo() {
        assertThat(named("The shop opens from 9 to 11pm, the pool between 6 and 8 p.m. and the desk 7-9am for 30 guests."))
                .containsExactly("30|=|guest");
    }

    @Test
    void aCapitalisedNumberWordInsideANameIsNoCount() {
        assertThat(named("Leaders of the Group of Eight and the Big Four met at the Seven Oaks hotel with 3 envoys."))
                .containsExactly("3|=|envoy");
        assertThat(named("The report: Two envoys left.")).containsExactly("2|=|envoy");
    }

    @Test
    void aNumberAloneInSquareBracketsIsAFootnote() {
        assertThat(named("The sect has 40,000 members; [ 2 ] its founder [3] died in 1990.")).containsExactly("40000|=|member");
    }

    @Test
    void aHouseNumberBeforeALowerCaseStreetIsNoQuantity() {
        assertThat(named("the store at 212 elm street and the bar at 9 harbor view drive hired 14 cooks.")).containsExactly(
                "14|=|cook");
        assertThat(named("the chain runs 300 high street stores.")).containsExactly("300|=|high street store");
    }

    @Test
    void aDimensionCountGluedToDIsAName() {
        assertThat(named("the studio sold 3d glasses and 3-d films to 200 cinemas.")).containsExactly("200|=|cinema");
    }

    @Test
    void aLowerCaseBAfterACurrencyIsBillions() {
        assertThat(named("The fund holds $ 2.5b, and its rival £1b.")).containsExactly("2500000000|=|dollar",
                "1000000000|=|pound sterling");
    }

    @Test
    void aWireFractionAfterAWholeNumberIsAMixedNumber() {
        assertThat(named("The talks lasted 3 1-2 hours and the pipe is 2 3-4 inches wide.")).containsExactly(
                "3.5|=|hour", "2.75|=|inch");
    }

    @Test
    void aRecentYearBeforeAPluralDatesIt() {
        assertThat(named("Turnout in the 2012 elections beat the 1996 primaries, and 2500 volunteers helped.")).containsExactly(
                "2500|=|volunteer");
    }

    @Test
    void aFallingUnitlessToPairIsAVoteNotARange() {
        assertThat(named("The council voted 7 to 2, and the board 3 to 5.")).containsExactly("7|=|-", "2|=|-", "3-5|=|-");
    }

    @Test
    void aChangeWordAfterADeterminerIsAnAdjective() {
        assertThat(named("Mourners recalled the fallen 19-year-old and the lost $ 40 million grant.")).containsExactly(
                "19|=|year of age", "40000000|=|dollar");
    }

    @Test
    void upOrDownBeforeAnAgentsByIsAParticle() {
        assertThat(named("The car was held up by three men, the rule written down by two clerks, and fans snapped up 500 seats."))
                .containsExactly("3|=|man", "2|=|clerk", "500|=|seat");
        assertThat(named("The senator is up by 4 points.")).containsExactly("4|up|point");
    }

    @Test
    void aNumberOfTimesBeforeAComparativeIsARatioNotAChange() {
        assertThat(named("Glaciers are shrinking four times faster, and the lake shrank 3 metres.")).containsExactly(
                "4|=|count", "3|down|metre");
    }

    @Test
    void aChangeWordEndingItsClauseLabelsNoNumberAfterIt() {
        assertThat(named("Sales dropped, 40 stores closed and the index was down: 12 firms fell 3 percent.")).containsExactly(
                "40|=|store", "12|=|firm", "3|down|percentage");
    }

    @Test
    void overRightAfterAnAmountIsAPrepositionNotABound() {
        assertThat(named("The plan costs $4 billion over five years, fees rose 3 percent over 10 years and over 20 firms paid."))
                .containsExactly("4000000000|=|dollar", "5|=|year", "3|up|percentage", "10|=|year", "20|>|firm");
    }

    @Test
    void poundsWrittenLbAreAWeightEvenWhenScaled() {
        assertThat(named("The plant dumped 40 million lbs. and 3 million lb a year; it lost 5 million pounds."))
                .containsExactly("40000000|=|pound-mass", "3000000|=|pound-mass per year", "5000000|down|pound sterling");
    }

    @Test
    void aSpacedDegreeSignBeforeFOrCNamesTheScale() {
        assertThat(named("ovens there reach 450 ° f ( 232 ° c ) in minutes.")).containsExactly(
                "450|=|fahrenheit", "232|=|celsius");
    }

    @Test
    void fractionsBeyondTenthsBelowTenAreShares() {
        assertThat(named("One-sixth of the towns flooded and five-eighths of the crop was lost in the sixth of the storms."))
                .containsExactly("0.16666666666666666|=|% town", "0.625|=|% crop");
    }

    @Test
    void aHyphenedWordBeforeANounModifiesIt() {
        assertThat(named("At least one same-sex couple wed, one grass-roots campaign began and two ever-so-brief pauses came."))
                .containsExactly("1|>|same-sex couple", "1|=|grass-roots campaign", "2|=|ever-so-brief pause");
    }

    @Test
    void aNameBeforeTheHeadKeepsItsForm() {
        assertThat(named("Police held two Hamas leaders; three Delta Airlines flights left.")).containsExactly(
                "2|=|Hamas leader", "3|=|Delta Airlines flight");
    }

    @Test
    void suchBeforeTheNounIsAStopWord() {
        assertThat(named("One such case was settled after at least 300 such intrusions.")).containsExactly(
                "1|=|case", "300|>|intrusion");
    }

    @Test
    void aPronounDrawnTogetherWithItsVerbIsNoName() {
        assertThat(named("She's 7 and likes drawing.")).containsExactly("7|=|year of age");
    }

    @Test
    void aPersonalPronounAndBeBeforeANumberEndingItsClauseGiveAnAge() {
        assertThat(named("He was 41 when he retired, and I turned 30 by spring; he was 3 of 10 from the line."))
                .containsExactly("41|=|year of age", "30|=|year of age", "3|=|-", "10|=|-");
    }

    @Test
    void aNumberAfterAnyFormOfCallingIsATelephoneNumber() {
        assertThat(named("Neighbours called 911 and a driver dialled 999, but police called 12 witnesses."))
                .containsExactly("12|=|witness");
    }

    @Test
    void aLowerCasedPronounIIsNoCountedThing() {
        assertThat(named("At nine i moved to Ohio.")).containsExactly("9|=|-");
    }

    @Test
    void aPartitiveOfTheseCountsItsPluralAndACommaClosesThePartitive() {
        assertThat(named("Divers found 40 of these rare corals and two of the anchors, parts of the hull and 300 of those in the bay."))
                .containsExactly("40|=|coral", "2|=|anchor", "300|=|-");
    }

    @Test
    void aBareFractionWordOtherThanHalfIsAnOrdinal() {
        assertThat(named("Her long-awaited fifth the novel sold well; a fifth of the stock went.")).containsExactly("0.2|=|% stock");
    }

    @Test
    void aDayBeforeTheMonthThatEndsASpanOfDatesIsNoQuantity() {
        assertThat(named("images taken during july 30-august 4 show the storm")).isEmpty();
    }

    @Test
    void aPlusSignAfterANumberIsALowerBound() {
        assertThat(named("The page has 40,000+ followers.")).containsExactly("40000|>|follower");
    }

    @Test
    void thatBeforeOneOfIsAConjunction() {
        assertThat(named("Police said that one of the guards fled.")).containsExactly("1|=|guard");
    }

    @Test
    void aPastVerbAfterTheOneOfPluralEndsThePhrase() {
        assertThat(named("One of his schemes involved selling fake tickets.")).containsExactly("1|=|scheme");
    }

    @Test
    void aOneOfPluralTheTaggerCallsAnAuxiliaryIsStillTheNoun() {
        assertThat(named("Staff said one of the stage builders noticed smoke.")).containsExactly("1|=|stage builder");
    }

    @Test
    void anAdverbAndAParticipleBeforeTheOneOfNounModifyIt() {
        assertThat(named("It is one of the most closely watched races in the state.")).containsExactly("1|=|watched race state");
    }

    @Test
    void aParticipleRightBeforeByTakesAnAgentNotAChange() {
        assertThat(named("Wool came from 20 sheds run by six families.")).containsExactly("20|=|shed", "6|=|family");
    }

    @Test
    void aJumpOrFallOntoSomethingMeasuresADistanceNotAChange() {
        assertThat(named("The cat jumped 6 feet onto the shelf and the climber fell 30ft down the face; the index jumped 6 points."))
                .containsExactly("6|=|foot", "30|=|foot", "6|up|point");
    }

    @Test
    void aBareFInBracketsAfterATemperatureIsFahrenheit() {
        assertThat(named("The kiln reached 900 degrees (1,650 F).")).containsExactly("900|=|degree", "1650|=|fahrenheit");
    }

    @Test
    void whoAndBeBeforeANumberEndingItsClauseGiveAnAge() {
        assertThat(named("The singer, who was 15 at the time, left.")).containsExactly("15|=|year of age");
    }

    @Test
    void aNumberAfterDyingAtOrLivingToIsAnAge() {
        assertThat(named("Her uncle died at 62 and her aunt lived to 90.")).containsExactly("62|=|year of age", "90|=|year of age");
    }

    @Test
    void anAppositionAfterAnInitialOrClosingTheSentenceIsAnAge() {
        assertThat(named("The victim was named as mark t., 47, and police quoted his sister, lena, 52."))
                .containsExactly("47|=|year of age", "52|=|year of age");
    }

    @Test
    void pluralsMadeByAChangeOfVowelAreCountedAndLemmatized() {
        assertThat(named("Rangers counted 80 of the geese and 4 mice.")).containsExactly("80|=|goose", "4|=|mouse");
    }

    @Test
    void comparativesOfAgeLengthAndAmountBoundTheNumber() {
        assertThat(named("Children younger than 5 and terms longer than ten years cost in excess of $4 million; upwards of 300 came."))
                .containsExactly("5|<|year of age", "10|>|year", "4000000|>|dollar", "300|>|-");
    }

    @Test
    void aNegatedComparativeIsTheOtherBound() {
        assertThat(named("The term may not be longer than two years, and none older than 30 applied."))
                .containsExactly("2|<|year", "30|<|year of age");
    }

    @Test
    void anIrregularPastVerbAfterANumberIsNoCountedThing() {
        assertThat(named("About 300 came to the rally and two went missing.")).containsExactly("300|~|-", "2|=|-");
    }

    @Test
    void aboutAfterATopicWordIsAPrepositionNotABound() {
        assertThat(named("The novel about two brothers sold well; police have no information about three climbers, but about 40 searchers are out."))
                .containsExactly("2|=|brother", "3|=|climber", "40|~|searcher");
    }

    @Test
    void aRatioWrittenWithInIsAShare() {
        assertThat(named("Roughly one in four drivers speed, the odds are 1 in 2,000, but he scored one in 10 minutes."))
                .containsExactly("0.25|~|% driver", "5.0E-4|=|% -", "1|=|-", "10|=|minute");
    }

    @Test
    void anMGluedToANumberBeforeAWordAndAPluralIsAMillion() {
        assertThat(named("About 3m mobile subscribers joined, along a 40m long pier.")).containsExactly(
                "3000000|~|mobile subscriber", "40|=|metre");
    }

    @Test
    void aNumberAfterFoundDeadAtIsAnAge() {
        assertThat(named("The drummer was found dead at 41 in his flat.")).containsExactly("41|=|year of age");
    }

    @Test
    void aNumberAfterALowerCaseProductOrMissionNameIsPartOfIt() {
        assertThat(named("She swapped her ipad 2 for an xbox one after reading about kepler 22b and Comet 67P."))
                .isEmpty();
    }

    @Test
    void aVerbInIngAfterANumberAboveOneIsNoCountedThing() {
        assertThat(named("The two sitting apart and three waiting for news were among the five working nurses."))
                .containsExactly("2|=|-", "3|=|-", "5|=|nurse");
    }

    @Test
    void aDayOfTheWeekAfterANumberIsNoCountedThing() {
        assertThat(named("The index closed above 9,000 thursday.")).containsExactly("9000|>|-");
    }

    @Test
    void aGradeNumberInLowerCaseIsALabel() {
        assertThat(named("Pupils sat the grade 5 reading exam.")).isEmpty();
    }

    @Test
    void aPhoneNumberWithADashAfterTheAreaCodesBracketIsNoQuantity() {
        assertThat(named("Ring the desk on ( 212 ) -555-0199 today.")).isEmpty();
    }

    @Test
    void agesListedAfterAgesOrBoundedAfterAgedAreAges() {
        assertThat(named("Her sons, ages 9, 11 and 15, and anyone aged under 16 or as old as 80 came."))
                .containsExactly("9|=|year of age", "11|=|year of age", "15|=|year of age", "16|<|year of age",
                        "80|=|year of age");
    }

    @Test
    void aDashRangeAfterAnAgeWordIsARangeOfAges() {
        assertThat(named("Voters aged 25-40 and renters ages 18-24 rent alone.")).containsExactly(
                "25-40|=|year of age", "18-24|=|year of age");
    }

    @Test
    void overBeforeOneOfIsAPrepositionNotABound() {
        assertThat(named("He tripped over one of the cables, and over one million watched."))
                .containsExactly("1|=|cable", "1000000|>|-");
    }

    @Test
    void droppingChargesIsNoFall() {
        assertThat(named("The state dropped 12 remaining charges after prices dropped 4 percent."))
                .containsExactly("12|=|charge", "4|down|percentage");
    }

    @Test
    void aSquareOrCubicUnitHyphenatedToTheNumberIsRead() {
        assertThat(named("They rent a 650-square-foot flat with a 2-cubic-metre tank.")).containsExactly(
                "650|=|square foot", "2|=|cubic metre");
    }

    @Test
    void aTwoWordLowerCaseNameTakesTheNumberAfterIt() {
        assertThat(named("Fans of madden nfl 16 watched super bowl 51 on a galaxy note 8.")).isEmpty();
    }

    @Test
    void aDecimalAfterVersionIsARelease() {
        assertThat(named("The app, version 4.2, fixed 3 bugs.")).containsExactly("3|=|bug");
    }

    @Test
    void sqWithADotNamesASquareUnit() {
        assertThat(named("The 1,200-sq. ft house has 95 sq. metres of garden.")).containsExactly(
                "1200|=|square foot", "95|=|square metre");
    }

    @Test
    void oneAfterADeterminerAndAnAdjectiveIsAPronoun() {
        assertThat(named("It will be less cooperative than the current one; the last major one, he said, struck in 1970."))
                .isEmpty();
    }

    @Test
    void aNumberAfterATelevisionStationsNameIsPartOfIt() {
        assertThat(named("A neighbor told cbs news 8 and philadelphia's cbs 3 that 4 people fled.")).containsExactly(
                "4|=|people");
    }

    @Test
    void aFallingPairOfPercentagesOutsideFromIsASplitNotARange() {
        assertThat(named("The gap has been 18 points, 54 % to 36 %, while rates ranged from 9 % to 7 %.")).containsExactly(
                "18|=|point", "54|=|percentage", "36|=|percentage", "9-7|=|percentage");
    }

    @Test
    void aNumberBeforeABracketedLetterIsALabel() {
        assertThat(named("You are in breach of condition 15.4( c ) and cashed their 401( k ) for 3 cars.")).containsExactly(
                "3|=|car");
    }

    @Test
    void aDigitAfterALowerCaseElementSymbolIsAFormulasSubscript() {
        assertThat(named("Contrary to our predictions, elevated co 2 did not affect 5 bugs.")).containsExactly("5|=|bug");
    }

    @Test
    void aPartNumberInLowerCaseIsALabel() {
        assertThat(named("Watch the proposal ( part 1 ) in 2 minutes.")).containsExactly("2|=|minute");
    }

    @Test
    void oneThatAfterACommaOrAsOpposedToIsAPronoun() {
        assertThat(named("A genuine crisis, as opposed to one that the administration invented, and a state, one that"
                + " holds 2 hostages.")).containsExactly("2|=|hostage");
    }

    @Test
    void aSpelledNumberAfterLowerCaseBigIsAName() {
        assertThat(named("Players at the big ten school won a big two-year grant and 3 titles.")).containsExactly(
                "2|=|year", "3|=|title");
    }

    @Test
    void aFromToRangeDoesNotReachAcrossAnd() {
        assertThat(named("It would cut its domestic routes to 17 from 36 and its international routes to 13 from 26."))
                .containsExactly("17|=|-", "36|=|-", "13|=|-", "26|=|-");
    }

    @Test
    void aTimeUnitOrAMeasuringAdjectiveMayFollowAHyphenatedUnit() {
        assertThat(named("They agreed an emergency three-year-package and found a two-meter-long tree trunk."))
                .containsExactly("3|=|year", "2|=|metre");
    }

    @Test
    void aLowerCaseCompassLetterAndAStreetMakeAnAddress() {
        assertThat(named("Video from the wal-mart at 100 e interstate 240 service road showed 2 men.")).containsExactly(
                "2|=|man");
    }

    @Test
    void aNumberThatClosesATitleInQuotesIsPartOfIt() {
        assertThat(named("The premiere of the video game \" call of duty: modern warfare 3 \" drew 500 fans."))
                .containsExactly("500|=|fan");
    }

    @Test
    void newschannelAndAreaAreLabelsInLowerCase() {
        assertThat(named("The mayor told newschannel 9 that 3 jets flew over area 51.")).containsExactly("3|=|jet");
    }

    @Test
    void offAPercentageAfterAFigureOrToBeIsAFall() {
        assertThat(named("The chips lost ground, including mcd, +1.31 % off 4 %, but they hope to pick off 15 percent of members."))
                .containsExactly("1.31|up|percentage", "4|down|percentage", "15|=|percentage");
    }

    @Test
    void aBareNumberAfterDownFromTakesTheUnitItIsComparedWith() {
        assertThat(named("Aquino said the plan includes the retention of 22 aircraft — down from 54 — and a new loan."))
                .containsExactly("22|=|aircraft", "54|=|aircraft");
    }

    @Test
    void upwardOfIsALowerBound() {
        assertThat(named("The epic adventure cost upward of $ 230 million.")).containsExactly("230000000|>|dollar");
    }

    @Test
    void anAgeMayHaveASpaceBeforeOld() {
        assertThat(named("A man used a frozen armadillo to attack a 57-year old woman and my two-year old son."))
                .containsExactly("57|=|year of age", "2|=|year of age");
    }

    @Test
    void milAfterAnAmountIsMillions() {
        assertThat(named("If you blog -- $ 5 mil.")).containsExactly("5000000|=|dollar");
    }

    @Test
    void aRateMayBeGluedWithAnAn() {
        assertThat(named("They campaign for a $ 15-an-hour minimum wage.")).containsExactly("15|=|dollar per hour");
    }

    @Test
    void aScaleWordMayFollowAHyphen() {
        assertThat(named("Revenue fell to $ 2.8-billion, and the new $ 209-million stadium opened."))
                .containsExactly("2800000000|=|dollar", "209000000|=|dollar");
    }

    @Test
    void aRangeFromOneIsNamedAsItsLargerEndCounts() {
        assertThat(named("Plans are offered by just one or two insurance carriers.")).containsExactly("1-2|=|insurance carrier");
    }

    @Test
    void thePartOfTheRemainingCountsWhatTheWholeCounts() {
        assertThat(named("They must pick up 6 of the remaining 8 Democratic-held seats.")).containsExactly(
                "6|=|Democratic-held seat", "8|=|Democratic-held seat");
    }

    @Test
    void aSpacedCurrencyRangeKeepsItsFirstEnd() {
        assertThat(named("He could earn $ 11 million-$ 15 million, and they save € 180,000-€ 300,000 on each voyage."))
                .containsExactly("11000000-15000000|=|dollar", "180000-300000|=|euro");
    }

    @Test
    void aScaleLetterMayComeBeforeAHyphenatedCurrency() {
        assertThat(named("The 740m-euro ( £ 620m ) observatory lifted off.")).containsExactly("740000000|=|euro",
                "620000000|=|pound sterling");
    }

    @Test
    void aLowerCaseGluedFIsFahrenheit() {
        assertThat(named("High 47f.")).containsExactly("47|=|fahrenheit");
    }

    @Test
    void collapsedByIsAFall() {
        assertThat(named("Revenue collapsed by 33 per cent.")).containsExactly("33|down|percentage");
    }

    @Test
    void moreBeforeAModifiedPluralOrAfterOneIsLeftOutOfTheCountedPhrase() {
        assertThat(named("But the two more prominent dissidents are likely to face a much longer haul.")).containsExactly(
                "2|=|prominent dissident");
        assertThat(named("A new study highlights one more reason to avoid sugary beverages.")).containsExactly("1|=|reason");
    }

    @Test
    void theBlogPolitico44IsAName() {
        assertThat(named("Text size - + reset politico 44 and while romney hasn't built 2 offices, also on politico: 10 things"))
                .containsExactly("2|=|office", "10|=|thing");
    }

    @Test
    void aNumberBetweenAPressWordAndACapitalIsATitle() {
        assertThat(named("Three people died, the daily 24 Chassa reported.")).containsExactly("3|=|people");
    }

    @Test
    void hwyLabelsARoad() {
        assertThat(named("The car hit a fire engine at 70 mph on hwy 101.")).containsExactly("70|=|mile per hour");
    }

    @Test
    void aTickersSignedDecimalPercentageIsAFall() {
        assertThat(named("Boeing's stock ba, -0.24 % inched up 8 cents.")).containsExactly("-0.24|down|percentage",
                "8|up|cent");
    }

    @Test
    void hundredsOfBillionsIsOneVagueFigure() {
        assertThat(named("Each day, the country loses hundreds of billions of dollars in foreign reserves.")).containsExactly(
                "100000000000-1000000000000|down|dollar");
    }

    @Test
    void oneBeforeAScaleIsNoPronoun() {
        assertThat(named("The wilderness, some one million hectares or a fifth of the island, was removed.")).containsExactly(
                "1000000|~|hectare", "0.2|=|% island");
    }

    @Test
    void aHyphenatedSquareBeforeASpacedUnitIsAnArea() {
        assertThat(named("The weapons were hidden around the 800-square foot residence.")).containsExactly("800|=|square foot");
    }

    @Test
    void aLowerCasedStandardAndPoors500IsAName() {
        assertThat(named("The standard & poor's 500 index rose 9 points.")).containsExactly("9|up|point");
    }

    @Test
    void aMixedNumberTakesAUnitJoinedByAHyphen() {
        assertThat(named("The discovery capped a 3 1/2-year search.")).containsExactly("3.5|=|year");
        assertThat(named("Rivers swelled into mile-wide (1 1/2-kilometer-wide) torrents.")).containsExactly(
                "1.5|=|kilometre");
    }

    @Test
    void aTokenizedSentencesSplitDecimalsAndDigitGroupsAreOneNumber() {
        assertThat(named("In 133 career playoff games , he averaged 14 . 4 points while shooting 51 . 2 percent ."))
                .containsExactly("133|=|career playoff game", "14.4|~|point", "51.2|=|percentage");
        String stolen = "In May , thieves stole £910 , 000 worth of jewellery .";
        assertThat(named(stolen)).containsExactly("910000|=|pound sterling");
        assertThat(extractor.extract(stolen).get(0).text()).isEqualTo("£910 , 000");
    }

    @Test
    void aTokenizedSentencesSpacedHyphenAfterANumberJoinsItsUnit() {
        assertThat(named("The Chiefs went on a 68 - yard drive before the 31 - year - old climber fell .")).containsExactly(
                "68|=|yard", "31|=|year of age");
    }

    @Test
    void aTokenizedLinkHoldsNoQuantities() {
        assertThat(named("http : / / www . examiner . com / article / chiefs - lose - 20 - 13 - despite - charles - 226 - "
                + "yards")).isEmpty();
    }

    @Test
    void aTokenizedAbbreviationsDotJoinsItSoADateIsNoCount() {
        assertThat(named("Bush was lost for the season after the Sept . 20 win over San Francisco .")).isEmpty();
    }

    @Test
    void aTokenizedClockTimeIsNoQuantity() {
        assertThat(named("Posted on Mar 8 2013 , 11 : 55p")).isEmpty();
    }

    @Test
    void aTokenizedAbbreviationsInitialsJoinSoAClockHourIsNoCount() {
        assertThat(named("As of 11 p . m . authorities were still searching for the car .")).isEmpty();
    }
}
