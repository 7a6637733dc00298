package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ConceptCues} with the phrase written for it: "number text|concept" per quantity. */
class ConceptCuesTest {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger();

    private List<String> concepts(String sentence) {
        return extractor.extract(sentence).stream().map(q -> q.text() + "|" + q.concept()).toList();
    }

    @Test
    void measuresAgesAndRateBasesCountNothing() {
        assertThat(concepts("A 14-year-old girl was killed.")).containsExactly("14-year-old|-");
        assertThat(concepts("The town, about 9 miles from the dam, was evacuated.")).containsExactly("about 9|-");
        assertThat(concepts("The driver, 52, was arrested at home.")).containsExactly("52|-");
        assertThat(concepts("There were 7 deaths per 1,000 births.")).containsExactly("7|killed", "1,000|-");
        assertThat(concepts("The war displaced more than half the population.")).containsExactly("more than half|-");
    }

    @Test
    void aCueCountsOnlyInsideTheQuantitysClause() {
        assertThat(concepts("Police arrested 12 men after 3 people were killed.")).containsExactly("12|captured", "3|killed");
        assertThat(concepts("Fourteen people were killed; 40 families were evacuated."))
                .containsExactly("Fourteen|killed", "40|evacuated");
        assertThat(concepts("Five guards were hurt, but 20 prisoners escaped.")).containsExactly("Five|wounded", "20|fled");
        assertThat(concepts("The fire killed 4 people, destroying 30 homes.")).containsExactly("4|killed", "30|-");
        assertThat(concepts("15 protesters have been detained and 60 have been released."))
                .containsExactly("15|captured", "60|-");
        assertThat(concepts("The gunman fled.a witness said 9 shots were fired.")).containsExactly("9|-");
        // written for this rule: "and" before a new subject and its verb ends the clause of the number before it
        assertThat(concepts("Troops moved 200 families and the shelling killed 9 civilians."))
                .containsExactly("200|-", "9|killed");
        assertThat(concepts("Officials counted 80 ballots and the mob injured 3 officers."))
                .containsExactly("80|-", "3|wounded");
        assertThat(concepts("Gunmen shot 12 soldiers and a civilian killed in the attack."))
                .containsExactly("12|killed");
    }

    @Test
    void aRelativeClauseBelongsToTheNumberItFollowsClosely() {
        assertThat(concepts("Rescuers reached 40 villagers who were trapped by the flood."))
                .containsExactly("40|besieged");
        assertThat(concepts("The 2 senators met the families of the miners who were killed in the blast."))
                .containsExactly("2|-");
    }

    @Test
    void aRelativeClauseBetweenCommasBeforeAFiniteVerbIsAnAside() {
        // written for this rule: "concerts" took "died" from the relative clause about the singer
        assertThat(concepts("The tenor, who died in May aged 71, had planned a farewell tour of 40 concerts."))
                .containsExactly("71|-", "40|-");
        assertThat(concepts("The ferry, which sank in March, was carrying 300 passengers.")).containsExactly("300|-");
    }

    @Test
    void anAsideIsSkippedOrKeptToItself() {
        assertThat(concepts("Two hikers – a guide and his client – died in the storm.")).containsExactly("Two|killed");
        assertThat(concepts("The blast killed 5 workers (2 more were hurt).")).containsExactly("5|killed", "2|wounded");
    }

    @Test
    void anAttachedCueWinsOverANearerOrEarlierOne() {
        assertThat(concepts("The raid left 9 wounded.")).containsExactly("9|wounded");
        assertThat(concepts("The storm left 9 dead and 40 injured.")).containsExactly("9|killed", "40|wounded");
        assertThat(concepts("Militants killed 7 police officers and wounded 11 civilians."))
                .containsExactly("7|killed", "11|wounded");
    }

    @Test
    void cueNounsCountOnlyWhenAttached() {
        assertThat(concepts("Some 5,000 mourners laid flowers on the graves of the dead.")).containsExactly("Some 5,000|-");
        assertThat(concepts("The war has claimed the lives of 2,000 soldiers.")).containsExactly("2,000|killed");
        assertThat(concepts("The flu caused 300 deaths this winter.")).containsExactly("300|killed");
        assertThat(concepts("Officials confirmed the deaths on Friday of the two climbers.")).containsExactly("two|killed");
        assertThat(concepts("His death shocked the 3 colleagues.")).containsExactly("3|-");
        assertThat(concepts("Five men were beaten to death.")).containsExactly("Five|killed");
        assertThat(concepts("The death toll rose to 61.")).containsExactly("61|killed");
        assertThat(concepts("Officials counted 14 fatalities on the bridge.")).containsExactly("14|killed");
        assertThat(concepts("The fatalities included nine hikers, police said.")).containsExactly("nine|killed");
        assertThat(concepts("Their fatalities prompted 3 inquiries.")).containsExactly("3|-");
    }

    @Test
    void commonNewsFormsOfTheConceptsAreCues() {
        assertThat(concepts("Some 40 passengers perished when the ferry sank.")).containsExactly("Some 40|killed");
        assertThat(concepts("Gunmen abducted 12 aid workers near the border.")).containsExactly("12|captured");
        assertThat(concepts("Five tourists were kidnapped from their hotel.")).containsExactly("Five|captured");
    }

    @Test
    void aNumberGovernedByAnotherHeadTakesOnlyAnAttachedCue() {
        assertThat(concepts("Police arrested dozens of people during 2 protests."))
                .containsExactly("dozens|captured", "2|-");
        assertThat(concepts("A man was detained for carrying 3 knives.")).containsExactly("3|-");
        assertThat(concepts("The floods forced 800 people to flee.")).containsExactly("800|fled");
    }

    @Test
    void otherwiseTheNearestVerbalCueOfTheClause() {
        assertThat(concepts("Four guards and one prisoner were killed in the riot."))
                .containsExactly("Four|killed", "one|killed");
        assertThat(concepts("The council met 3 times.")).containsExactly("3|-");
    }

    @Test
    void leftYieldsToTheStateAfterTheNumber() {
        // written for this rule: "left" says what the event left, the cue after the number what they are
        assertThat(concepts("The landslide left 300 villagers dead.")).containsExactly("300|killed");
        assertThat(concepts("The quake left tens of thousands homeless.")).containsExactly("tens of thousands|displaced");
        assertThat(concepts("About 60 families left the valley.")).containsExactly("About 60|fled");
    }

    @Test
    void aSeizureOfPowerIsNoCapture() {
        // written for this rule
        assertThat(concepts("Three lawyers want to question him about the years since he seized power."))
                .containsExactly("Three|-");
        assertThat(concepts("Rebels seized 12 hostages.")).containsExactly("12|captured");
    }

    @Test
    void theLivesOfAreATollOnlyWhenTaken() {
        // written for this rule
        assertThat(concepts("The epidemic claimed the lives of 40 nurses.")).containsExactly("40|killed");
        assertThat(concepts("The new vaccine will save the lives of thousands of children.")).containsExactly("thousands|-");
        assertThat(concepts("The reform touched the lives of 2 million farmers.")).containsExactly("2 million|-");
    }

    @Test
    void leftAsANameOrAPassiveIsNoFlight() {
        // written for this rule
        assertThat(concepts("The Green Left joined three other parties.")).containsExactly("three|-");
        assertThat(concepts("Dozens of craters were left by the shells.")).containsExactly("Dozens|-");
        assertThat(concepts("About 40 pets were left behind.")).containsExactly("About 40|-");
        assertThat(concepts("About 40 residents left.")).containsExactly("About 40|fled");
    }

    @Test
    void thoseDrivenFromTheirHomesAreDisplaced() {
        assertThat(concepts("The rains killed 20 people and drove more than 5,000 villagers from their homes."))
                .containsExactly("20|killed", "more than 5,000|displaced");
    }

    @Test
    void fromTheirHomesCountsOnlyANumberBeforeIt() {
        assertThat(concepts("The storm drove 3,000 families from their homes and 12 schools stayed shut."))
                .containsExactly("3,000|displaced", "12|-");
    }

    @Test
    void aDeathTollRisingToANumberIsAttachedToIt() {
        assertThat(concepts("The death toll from the storm rose on Sunday to 15, eight of them evacuated patients."))
                .containsExactly("15|killed", "eight|evacuated");
    }

    @Test
    void aKillingAfterItsDeterminerCountsOnlyWhatIsAttachedToIt() {
        // written for this test: "her killing" names the act, not a verb whose object the robberies are
        assertThat(concepts("Detectives believe her killing is tied to three other robberies.")).containsExactly("three|-");
    }

    @Test
    void homelessBeforeAPluralNamesAKindOfPeopleNotTheDisplaced() {
        // written for this test
        assertThat(concepts("Shelters took in 200 homeless people during the frost.")).containsExactly("200|-");
        assertThat(concepts("The quake left 2,000 homeless families.")).containsExactly("2,000|displaced");
    }

    @Test
    void aFrontedAdverbialClauseEndsAtItsComma() {
        // written for this test: the barns of the main clause were not killed
        assertThat(concepts("Aside from killing four people, the flood destroyed 200 barns."))
                .containsExactly("four|killed", "200|-");
    }

    @Test
    void aRelativeClauseOfPlaceBetweenCommasIsAnAside() {
        // written for this test: "where ... died" is set off by commas, the main clause resumes with its verb
        assertThat(concepts("Farmers near Tulu, where 1,500 people died in the floods, repaired 12 bridges."))
                .containsExactly("1,500|killed", "12|-");
    }

    @Test
    void theSubjectOfAnActiveVerbCueIsNotItsVictim() {
        // written for this test: the gunmen and the storms did the killing and the hurting
        assertThat(concepts("Two gunmen killed five people at the market.")).containsExactly("Two|-", "five|killed");
        assertThat(concepts("The two storms have also hurt rice crops.")).containsExactly("two|-");
        assertThat(concepts("Four kidnapped engineers were freed.")).containsExactly("Four|captured");
    }

    @Test
    void anAsideBetweenTheNumberAndItsStateIsSkipped() {
        assertThat(concepts("The rampage left 28 people -- including the gunman himself -- dead."))
                .containsExactly("28|killed");
    }

    @Test
    void aCueWordAloneInQuotationMarksIsNoCue() {
        assertThat(concepts("The site lists 40 doctors, each marked \"working\" or \"wounded.\"")).containsExactly("40|-");
        assertThat(concepts("The site says 40 doctors were wounded.")).containsExactly("40|wounded");
    }

    @Test
    void ifBeforeASubjectPronounOpensAConditionOfItsOwn() {
        assertThat(concepts("She thought of her three sons, and if she should die, who would raise them?"))
                .containsExactly("three|-");
        assertThat(concepts("Dozens, if not hundreds, of people were killed.")).containsExactly("Dozens|killed", "hundreds|killed");
    }
}
