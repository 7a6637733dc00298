package org.newsbrief.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.testing.Stories;

class EntityResolverTest {

    private final List<Entity> entities = new EntityResolver().resolve(Stories.aleppo());

    private Entity named(String variant) {
        return entities.stream().filter(e -> e.variants().contains(variant)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity written " + variant));
    }

    @Test
    void mergesTransliterationAndSpellingVariants() {
        assertThat(named("Sheikh Maksoud").variants()).contains("Sheikh Maqsoud");
        assertThat(named("Jabal Badra").variants()).contains("Jabal Badro");
        assertThat(named("Masaken Hanano").variants()).contains("Masaken Hanao");
        assertThat(named("Baadeen").variants()).contains("Baadeeen");
    }

    @Test
    void mergesLongAndShortForms() {
        assertThat(named("Bashar al-Assad").variants()).contains("Bashar Assad", "Assad");
        assertThat(named("Syrian Observatory for Human Rights").variants()).contains("the observatory");
        assertThat(named("Russia").variants()).contains("Russian Federation");
        assertThat(named("Rami Abdel Rahman").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void countsOutletsAndKeepsMentionsTraceable() {
        Entity maksoud = named("Sheikh Maksoud");
        assertThat(maksoud.outlets()).isEqualTo(2);
        assertThat(maksoud.type()).isEqualTo(EntityType.LOCATION);
        List<Document> story = Stories.aleppo();
        for (EntityMention mention : maksoud.mentions()) {
            Document document = story.stream().filter(d -> d.id().equals(mention.articleId())).findFirst().orElseThrow();
            assertThat(mention.span().of(document.text())).isEqualTo(mention.text());
        }
    }

    @Test
    void anOrganisationOwningTwoHeadWordsTakesBothReferences() {
        // regression: the second head word looked up the owner replaced by the first (index -1),
        // which failed the brief of a pooled DUC 2004 story in newsbrief-spark's equality test
        Document a = Stories.document("a", null, "The United Nations Security Council met in New York on Monday. "
                + "The council called for a ceasefire. Diplomats said the nations were divided over the text.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.name().equals("United Nations Security Council")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("the council", "the nations"));
    }

    @Test
    void aSwahiliOrArabicJoinerKeepsAPlaceNameWhole() {
        // DUC 2004 d30005t: "Dar es Salaam" gave "Dar" and "Salaam", and "Salaam" merged with "Mamdouh Mahmud Salim"
        Document a = Stories.document("a", null, "Bombs hit the embassies in Nairobi and Dar es Salaam on Aug. 7. "
                + "Prosecutors charged Mamdouh Mahmud Salim on Friday. Salim was held in Munich.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).contains("Dar es Salaam").doesNotContain("Salaam");
        assertThat(found).filteredOn(e -> e.variants().contains("Mamdouh Mahmud Salim")).singleElement()
                .satisfies(e -> assertThat(e.variants()).doesNotContain("Dar es Salaam", "Salaam"));
    }

    @Test
    void aCountryEndingInSIsNoPeoplesPlural() {
        // DUC 2003: "Philippines" was typed an organisation, read as the plural of the adjective "Philippine"
        Document a = Stories.document("a", null, "A Philippine ferry sank off Mindoro on Monday. The Philippines asked "
                + "for help, and the Netherlands sent divers to the Philippines on Tuesday.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.name().equals("Philippines")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(found).filteredOn(e -> e.name().equals("Netherlands")).singleElement()
                .satisfies(e -> assertThat(e.type()).isNotEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void loneNationalityAndFaithAdjectivesAreNoEntities() {
        // d30005t listed "Saudi" as a place and "Islamic", "Afghan" as names
        Document a = Stories.document("a", null, "He ran a wealthy Saudi humanitarian agency in Albania. "
                + "Afghan officials met Islamic militants near Kabul. The Saudi Arabia talks went on in Dubai.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).doesNotContain("Saudi", "Afghan", "Islamic")
                .contains("Saudi Arabia", "Dubai", "Kabul");
    }

    @Test
    void thePhilippinesAdjectiveIsNoEntity() {
        // written for this test: once "the Philippines" is a place, "Philippine" alone no longer joins it as a group's plural
        Document a = Stories.document("a", null, "Ferries left the Philippines on Monday. Later Philippine officials said "
                + "the Philippines would send more ferries to Cebu.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).doesNotContain("Philippine").contains("Philippines", "Cebu");
        assertThat(found).filteredOn(e -> e.name().equals("Philippines")).extracting(Entity::type).containsExactly(EntityType.LOCATION);
    }

    @Test
    void aPronounsContractionIsNoPartOfAName() {
        // a transcript's "I'm Wolf Blitzer" gave a person "I'm" and the spelling "I'm Wolf Blitzer"
        Document a = Stories.document("a", null, "I'm Jane Hollow, reporting from Cairo. We're told Jane Hollow "
                + "will stay. They're leaving Cairo tonight.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).contains("Jane Hollow").doesNotContain("I'm", "We're", "They're");
        assertThat(found).flatExtracting(Entity::variants).noneMatch(v -> v.contains("'re") || v.contains("I'm"));
    }

    @Test
    void doesNotMergeDistinctPlacesThatShareAWord() {
        Document a = Stories.document("a", null, "Troops entered Jabal Badra on Sunday and shelled Jabal Saman later.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).contains("Jabal Badra", "Jabal Saman");
    }

    @Test
    void doesNotMergeWordsThatOnlyLookAlike() {
        Document a = Stories.document("a", null, "Officials in Chile said Children in Britain and Britons abroad were safe.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.variants().contains("Chile")).singleElement()
                .satisfies(e -> assertThat(e.variants()).containsExactly("Chile"));
        assertThat(found).filteredOn(e -> e.variants().contains("Britain")).singleElement()
                .satisfies(e -> assertThat(e.variants()).containsExactly("Britain"));
    }

    @Test
    void leavesSentenceOpeningCommonWordsAndLoneAdjectivesOut() {
        assertThat(entities).extracting(Entity::name).doesNotContain("Guarantees", "Syrian", "The", "Share");
    }

    @Test
    void anOrganisationOwningTwoHeadWordsKeepsBothReferences() {
        // Regression: DUC 2004 d30037t failed with an index of -1 when one name owned two head words.
        Document a = Stories.document("a", null, "The Communist Party Central Committee met on Monday in Beijing.");
        Document b = Stories.document("b", null, "The committee said the Communist Party Central Committee would meet. The party agreed.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).filteredOn(e -> e.name().equals("Communist Party Central Committee")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("the committee", "the party"));
    }

    @Test
    void aTitleInsideANameIsLeftOutOfIt() {
        // written for this test: titles after a nationality or an organisation, a hyphenated title, "of State"
        Document a = Stories.document("a", null, "Peruvian Foreign Minister Ana Lucia Torres met U.N. Secretary-General"
                + " Kofi Annan and Trade Commissioner Hans Berger in Geneva on Monday. Later, Secretary of State Mary"
                + " Okafor joined them, while the U.N. General Assembly voted.");
        Document b = Stories.document("b", null, "Ana Lucia Torres said talks with Kofi Annan had gone well.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).extracting(Entity::name).contains("Ana Lucia Torres", "Kofi Annan", "Hans Berger",
                "Mary Okafor", "U.N. General Assembly");
        assertThat(found).flatExtracting(Entity::variants).noneMatch(v -> v.contains("Minister") || v.contains("Secretary")
                || v.contains("Commissioner"));
        assertThat(found).filteredOn(e -> e.name().equals("Ana Lucia Torres")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void aNameEndingInOfAPlaceIsNotThatPlace() {
        // written for this test: "X of Spain" and "X of Yugoslavia" once took the country's mentions as theirs
        Document a = Stories.document("a", null, "King Juan Carlos of Spain flew to Madrid on Monday. Officials in Spain"
                + " welcomed him, and President Ivan Petrov of Moldova sent a message from Moldova.");
        Document b = Stories.document("b", null, "Crowds in Spain cheered Juan Carlos of Spain in Madrid.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).filteredOn(e -> e.variants().contains("Spain")).singleElement()
                .satisfies(e -> assertThat(e.variants()).containsExactly("Spain"));
        assertThat(found).filteredOn(e -> e.variants().contains("Moldova")).singleElement()
                .satisfies(e -> assertThat(e.variants()).containsExactly("Moldova"));
        // the king of Spain is named "Juan Carlos" there, and Spain is Spain ("X of Place" after a person)
        assertThat(found).extracting(Entity::name).contains("Juan Carlos").doesNotContain("Juan Carlos of Spain");
    }

    @Test
    void aStatesLongFormWithOfIsStillThatPlace() {
        Document a = Stories.document("a", null, "The Kingdom of Cambodia held elections. Voters in Cambodia queued.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.variants().contains("Cambodia")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Kingdom of Cambodia"));
    }

    @Test
    void aPrepositionOpeningASentenceIsNoPartOfTheName() {
        // written for this test: capitalised prepositions before a name at the start of a sentence
        Document a = Stories.document("a", null, "Under NATO rules, troops stayed in Kosovo. Outside of Mexico, few cases"
                + " were seen. Across Ohio, schools closed. NATO and Mexico said Ohio was calm.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).flatExtracting(Entity::variants).containsOnly("NATO", "Kosovo", "Mexico", "Ohio");
    }

    @Test
    void weekdaysMonthsAndLikeAreNoNamesWithAPossessiveOrADotEither() {
        // written for this test: "Monday's", "Nov." and a sentence-opening "Like" passed as names
        Document a = Stories.document("a", null, "The court delayed Monday's hearing until Nov. 5, said Xu Wenli. Like Wang,"
                + " he was held in Beijing. Wang and Beijing officials declined to comment.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).flatExtracting(Entity::variants).containsOnly("Xu Wenli", "Wang", "Beijing");
    }

    private static Entity only(List<Entity> found, String name) {
        return found.stream().filter(e -> e.variants().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity written " + name + " in " + found));
    }

    @Test
    void aPersonAfterOfToOrFromIsNoPlaceAndASpeakingInstitutionNoPerson() {
        Document a = Stories.document("a", null, "Lawyers demanded the release of Okonkwo on Tuesday. "
                + "A letter from Okonkwo was read to reporters. The court sent the papers to Okonkwo again.");
        Document b = Stories.document("b", null, "The report was first printed by the newspaper La Tribuna in Quito. "
                + "Later the Harbour Board said the port would stay closed.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Okonkwo").type()).isNotEqualTo(EntityType.LOCATION);
        assertThat(only(found, "La Tribuna").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "Harbour Board").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceEndingAnotherThingsNameStaysApart() {
        Document a = Stories.document("a", null, "Two cases were confirmed in Wexland on Friday. "
                + "Food Safety Wexland said the outbreak was contained. Flights from Latin Norvia resumed.");
        Document b = Stories.document("b", null, "Hospitals in Wexland were busy. Travellers in Norvia were warned. "
                + "Spokesman Amir Tadesse said tests continued, and Tadesse said more would follow.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Wexland").variants()).containsExactly("Wexland");
        assertThat(only(found, "Norvia").variants()).containsExactly("Norvia");
        assertThat(only(found, "Amir Tadesse").variants()).contains("Tadesse");
    }

    @Test
    void aNameEndsAtALostSentenceOrHeadingBreak() {
        Document a = Stories.document("a", null, "Trade Minister Lena Varga In Brusk the talks went on. "
                + "Ships left Norvia Ten Ostmark sailors stayed. The film was made by Pellow Pictures LTD Marta Ilse directed it.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name)
                .contains("Lena Varga", "Brusk", "Norvia", "Ostmark", "Pellow Pictures LTD", "Marta Ilse")
                .noneMatch(name -> name.contains("Varga In") || name.contains(" Ten ") || name.contains("LTD Marta"));
    }

    @Test
    void aNameMayHoldAndButTwoNamesJoinedByAndStayTwo() {
        Document a = Stories.document("a", null, "Witnesses spoke before the Peace and Healing Commission in Brusk. "
                + "Envoys from Norvia and United Nations observers came, and Norvia and Ostmark signed. Sales at Pellow & Dane rose.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).extracting(Entity::name).contains("Peace and Healing Commission", "Norvia", "United Nations",
                "Ostmark", "Pellow & Dane").doesNotContain("Peace", "Healing Commission", "Norvia and United Nations");
    }

    @Test
    void lookAlikePlacesTwoEditsApartStayApart() {
        Document a = Stories.document("a", null, "The helpers came from Moravania and Moravia on Monday.");
        Document b = Stories.document("b", null, "Doctors in Moravania and in Moravia said the roads were open.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Moravania").variants()).containsExactly("Moravania");
    }

    @Test
    void capitalisedCommonWordsAreNoNames() {
        Document a = Stories.document("a", null, "VACCINES Arrive In Brusk. Health workers said the vaccines and the "
                + "clinics were ready, and Helpers handed out leaflets in Brusk. The helpers came from Ostmark.");
        Document b = Stories.document("b", null, "Doctors in Ostmark said Marta Ilse led the helpers.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).extracting(Entity::name).contains("Brusk", "Marta Ilse", "Ostmark").doesNotContain("VACCINES", "Helpers");
    }

    @Test
    void aPlaceIsNoSpellingOfANewspaperAndSpeechAfterAPlaceKeepsItAPlace() {
        Document a = Stories.document("a", null, "Reports in Brusk said the talks failed, the newspaper El Brask wrote.");
        Document b = Stories.document("b", null, "Crowds in Brusk waited while El Brask printed a special edition.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Brusk").variants()).containsExactly("Brusk");
        assertThat(only(found, "Brusk").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPlaceAfterAFoldedPlaceWordStaysApart() {
        // keys are folded ("south" is "suth"), so the place words must be folded too
        Document a = Stories.document("a", null, "Flights from South Norvia resumed while crews in Norvia waited.");
        Document b = Stories.document("b", null, "Markets in Norvia and in South Norvia were calm on Monday.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Norvia").variants()).containsExactly("Norvia");
    }

    @Test
    void peopleWhoseNamesDifferByOneLetterAtTheEndAreNotMerged() {
        // written for this test: each pair one edit apart, which the fuzzy match once merged
        Document a = Stories.document("a", null, "Yesterday Mark said the deal was done, but Marks said talks went on. "
                + "Jane Holt said she would stay, and her sister Janet Holt said she would go.");
        Document b = Stories.document("b", null, "Senator Davis told the committee that David had resigned. "
                + "Ivan Sokol and Ivana Sokol arrived on Monday.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        for (String name : List.of("Mark", "Marks", "Jane Holt", "Janet Holt", "Davis", "David", "Ivan Sokol", "Ivana Sokol")) {
            assertThat(only(found, name).variants()).as(name).containsExactly(name);
        }
    }

    @Test
    void theNameIsTheSpellingOfMostOutletsAndNotOneWithATripledLetter() {
        // written for this test: ties in mentions, broken by outlets and then by the tripled letter
        Document a = Stories.document("a", null, "Shelling hit Kafr Naseeem on Sunday. Later Tel Rifaat was quiet, "
                + "and aid reached Tel Rifaat.");
        Document b = Stories.document("b", null, "Families fled Kafr Naseem. Families fled Tel Rifat.");
        Document c = Stories.document("c", null, "Doctors in Tel Rifat said the roads were open.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b, c));
        assertThat(only(found, "Kafr Naseem").name()).isEqualTo("Kafr Naseem");
        assertThat(only(found, "Kafr Naseem").variants()).containsExactly("Kafr Naseem", "Kafr Naseeem");
        assertThat(only(found, "Tel Rifat").name()).isEqualTo("Tel Rifat");
    }

    @Test
    void aPeoplesNameIsNoSpellingOfItsCountry() {
        // written for this test: in ECB+ a nationality is a person or a people, never in a place's chain
        Document a = Stories.document("a", null, "Crowds in Libya cheered on Friday. Libyan officials said Libyans would vote.");
        Document b = Stories.document("b", null, "Observers arrived in Libya. Later Alba said Alban would come.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(only(found, "Libya").variants()).containsExactly("Libya");
        assertThat(found).flatExtracting(Entity::variants).doesNotContain("Libyan", "Libyans").contains("Alba", "Alban");
    }

    @Test
    void aNameThatAReaderOnceWritesInLowerCaseIsStillAName() {
        // written for this test: a reader's comment in lower case once hid the story's country
        Document a = Stories.document("a", null, "Talks on Norvia resumed. " + "Envoys in Norvia met, and Norvia agreed. ".repeat(5));
        Document b = Stories.document("b", null, "Aid reached Norvia on Monday. Comment: i think norvia needs help. "
                + "Health workers said the Clinics were full, and the clinics and the clinics closed.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).extracting(Entity::name).contains("Norvia").doesNotContain("Clinics");
    }

    private static List<Entity> resolve(String... bodies) {
        List<Document> story = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            story.add(Stories.document("d" + i, null, bodies[i]));
        }
        return new EntityResolver().resolve(story);
    }

    @Test
    void aSurnameWithItsParticleJoinsTheOneFullNameEndingSo() {
        // written for this test: "bin Rashad" alone was a "Rashad" apart from "Karim bin Rashad"
        List<Entity> found = resolve("Investigators said bin Rashad had moved money. Karim bin Rashad denied it. "
                + "His lawyers said Bin Rashad would appeal.");
        assertThat(only(found, "Karim bin Rashad").variants()).contains("bin Rashad", "Bin Rashad");
        assertThat(found).extracting(Entity::name).doesNotContain("Rashad");
    }

    @Test
    void aWordThatOpensOtherNamesIsNoShortFormOfANameItEnds() {
        // written for this test: "House" (House Republicans) is not the White House
        List<Entity> found = resolve("The White House said the bill would pass. Later House Republicans voted against it, "
                + "and the House sent it back. Aides at the White House were calm.");
        assertThat(only(found, "White House").variants()).doesNotContain("House");
    }

    @Test
    void aBareSurnameJoinsAFullNameOnlyWhereItsArticlesWriteIt() {
        // written for this test: a bare "Hollis" in articles that never name "Marta Lind Hollis" is someone else
        List<Entity> apart = resolve("Senator Marta Lind Hollis visited Albany on Monday.",
                "President Hollis signed the bill. Aides said Hollis was pleased.",
                "Critics said Hollis had moved too fast.", "Later Hollis flew to Boston.");
        assertThat(only(apart, "Marta Lind Hollis").variants()).doesNotContain("Hollis");
        List<Entity> together = resolve("Senator Marta Lind Hollis visited Albany. Hollis said the plant would stay.",
                "Marta Lind Hollis spoke on Monday. Aides said Hollis was pleased.");
        assertThat(only(together, "Marta Lind Hollis").variants()).contains("Hollis");
    }

    @Test
    void thePartyOfAnArticleThatNeverNamesThePartyIsAnotherParty() {
        // written for this test: "the party" refers back to a name its article has given
        List<Entity> found = resolve("The Ostmark Green Party met on Monday. The party chose a leader.",
                "Voters doubted that the party would win the vote in May.");
        Entity party = only(found, "Ostmark Green Party");
        assertThat(party.variants()).contains("the party");
        assertThat(party.mentions()).extracting(EntityMention::articleId).doesNotContain("d1");
    }

    @Test
    void aPersonOfAPlaceIsThePersonAndThePlace() {
        // written for this test: "X of Place" after a person; a name whose head holds the "of" stays whole
        List<Entity> found = resolve("Representative Dale Ormond of Vermont said the vote would fail. Later Ormond left early. "
                + "Students at the University of Tolland and officials of the Kingdom of Narvesia watched.");
        assertThat(found).flatExtracting(Entity::variants).contains("Dale Ormond", "Vermont", "University of Tolland",
                "Kingdom of Narvesia").doesNotContain("Dale Ormond of Vermont");
        assertThat(only(found, "Dale Ormond").variants()).contains("Ormond");
    }

    @Test
    void aPersonOfAnOrganisationOfThreeWordsIsThePersonAndTheOrganisation() {
        // written for this test (issue 5): "X of" an organisation of three words or more had stayed one name
        List<Entity> found = resolve("Marta Quillon of Civil Liberties Watch said the law was harsh. Quillon spoke in Ostend.");
        assertThat(found).flatExtracting(Entity::variants).contains("Marta Quillon", "Civil Liberties Watch")
                .doesNotContain("Marta Quillon of Civil Liberties Watch");
        assertThat(only(found, "Civil Liberties Watch").type()).isEqualTo(EntityType.ORGANIZATION);
        // a place of three words after "of" still stays in the name, and so does a church's "of"
        assertThat(resolve("Ana Duarte of Santa Rosa Beach said so.")).flatExtracting(Entity::variants)
                .doesNotContain("Ana Duarte");
        assertThat(resolve("Pupils of the Elmbury Church of England Primary School sang.")).flatExtracting(Entity::variants)
                .contains("Elmbury Church of England Primary School");
    }

    @Test
    void aTitleBeforeCorpsStaysInTheName() {
        // written for this test (issue 5): "Judge Advocate Corps" was read as "Advocate Corps", a title left out
        List<Entity> found = resolve("Lawyers of the Judge Advocate Corps met the Admiral Navy Corps officers on Monday.");
        assertThat(found).flatExtracting(Entity::variants).contains("Judge Advocate Corps").doesNotContain("Advocate Corps");
        assertThat(only(found, "Judge Advocate Corps").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aFaithsNounJoinsNoLongerName() {
        // written for this test (issue 5): "Muslim" had joined "Sunni Muslim", one kind of Muslim
        List<Entity> found = resolve("A Sunni Muslim cleric spoke in Tarvel on Monday. Every Muslim in the town listened.",
                "The Sunni Muslim leader said the town was calm.");
        // (twenty-second round: "Muslim" alone is now no name at all, as "Sunni" alone is; the join is still refused)
        assertThat(found).flatExtracting(Entity::variants).contains("Sunni Muslim");
        assertThat(only(found, "Sunni Muslim").variants()).doesNotContain("Muslim");
    }

    @Test
    void twoCountriesSideBySideAreTwoNames() {
        // written for this test (issue 5): "Chile Spain" was one name, a spelling of Spain
        List<Entity> found = resolve("Trade between Peru Portugal and Norway grew. Portugal sold wine and Peru sold copper.");
        assertThat(found).flatExtracting(Entity::variants).contains("Peru", "Portugal", "Norway").doesNotContain("Peru Portugal");
    }

    @Test
    void officesAndRanksAreTitles() {
        // written for this test (issue 5): the office had stayed in the name after it
        List<Entity> found = resolve("Budget Committee Chairman Orrin Vale spoke first. Premier Lisa Norkin agreed, "
                + "and Grand Ayatollah Reza Tavani stayed silent. Fans of the Premier League cheered.");
        assertThat(found).flatExtracting(Entity::variants).contains("Orrin Vale", "Lisa Norkin", "Reza Tavani", "Premier League")
                .doesNotContain("Budget Committee Chairman Orrin Vale", "League");
        assertThat(only(found, "Orrin Vale").type()).isNotEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompassCompoundNamesAnotherPlace() {
        // written for this test (issue 5): "Asia" had joined "Southeast Asia"
        List<Entity> found = resolve("Markets in Southeast Asia fell on Monday. Traders in Asia sold shares.",
                "Exports from Southeast Asia and Asia dropped.");
        assertThat(only(found, "Asia").variants()).doesNotContain("Southeast Asia");
    }

    @Test
    void aPossessiveStartsANewName() {
        // written for this test: "Rashad's Ansar Brigade" is Rashad and the Ansar Brigade
        List<Entity> found = resolve("Officials blamed Rashad's Ansar Brigade for the attack, and the Ansar Brigade denied it.");
        assertThat(found).flatExtracting(Entity::variants).contains("Rashad", "Ansar Brigade")
                .doesNotContain("Rashad's Ansar Brigade");
        assertThat(resolve("Members of the Ostmark People's Party met.")).flatExtracting(Entity::variants)
                .contains("Ostmark People's Party");
    }
    @Test
    void aGivenNameAlIsNoArticleAndTwoGivenNamesOfOneSurnameAreTwoPeople() {
        // written for this test: "Al Gore" was keyed "gore", the end of "Tipper Gore", and joined her
        List<Entity> found = resolve("Al Gore flew to the coast with his wife, Tipper Gore, on Monday.",
                "Tipper Gore visited a shelter while Al Gore met the mayor. Bill Clinton and Hillary Clinton sent aid.");
        assertThat(only(found, "Al Gore").variants()).doesNotContain("Tipper Gore");
        assertThat(only(found, "Bill Clinton").variants()).doesNotContain("Hillary Clinton");
        // a bare "Gore" still joins the one Gore of a story that names no other
        List<Entity> one = resolve("Vice President Al Gore spoke on Monday. The aid will come soon, Gore said.",
                "Al Gore left for Managua, where Gore praised the rescuers.");
        assertThat(only(one, "Al Gore").variants()).contains("Gore");
    }

    @Test
    void aSurnameJoinsTheOnePersonTheStoryNamesFarMoreOften() {
        // written for this test: "Pinochet" where four articles write "Augusto Pinochet" and one names his wife
        List<Entity> found = resolve("General Augusto Pinochet was arrested in London. Police said Pinochet, 82, was calm.",
                "Augusto Pinochet's lawyers appealed on Monday. They said Pinochet stayed in the clinic.",
                "Chile protested the arrest of Augusto Pinochet. Supporters of Pinochet marched.",
                "The lawyers of Augusto Pinochet said he was ill. His wife, Lucia Pinochet, visited him as Pinochet slept.");
        assertThat(only(found, "Augusto Pinochet").variants()).contains("Pinochet").doesNotContain("Lucia Pinochet");
        // two people of that surname named about as often: the surname alone joins neither
        List<Entity> even = resolve("Bill Clinton met Hillary Clinton in Boston. Clinton said the talks went well.",
                "Bill Clinton and Hillary Clinton flew home. Clinton spoke on Tuesday.");
        assertThat(only(even, "Bill Clinton").variants()).doesNotContain("Clinton");
        assertThat(only(even, "Hillary Clinton").variants()).doesNotContain("Clinton");
    }

    @Test
    void aPersonCalledByTheSurnameIsShownByTheFullName() {
        // written for this test: a transcript's "COOPER", most often written, is shown as "Anderson Cooper"
        assertThat(EntityResolver.displayName(List.of("COOPER", "Cooper", "ANDERSON COOPER", "Anderson Cooper"),
                EntityType.PERSON)).isEqualTo("Anderson Cooper");
        assertThat(EntityResolver.displayName(List.of("Assad", "Bashar al-Assad", "al-Assad"), EntityType.PERSON))
                .isEqualTo("Bashar al-Assad");
        assertThat(EntityResolver.displayName(List.of("Granik", "RUSS GRANIK"), EntityType.PERSON)).isEqualTo("RUSS GRANIK");
        // a place keeps its most frequent spelling; a longer name not ending in the surname is no full name
        assertThat(EntityResolver.displayName(List.of("Korea", "South Korea"), EntityType.LOCATION)).isEqualTo("Korea");
        assertThat(EntityResolver.displayName(List.of("Mubarak", "Mubaraks"), EntityType.PERSON)).isEqualTo("Mubarak");
        assertThat(EntityResolver.displayName(List.of("Panetta", "CIA Director Leon Panetta"), EntityType.PERSON))
                .isEqualTo("Panetta");
    }

    @Test
    void aFaithIsNoPersonsSurname() {
        // written for this test: "Islam" ends "Saif al-Islam", named in every article, and alone names the faith
        List<Entity> found = resolve("Saif al-Islam spoke on television. He said Islam was under attack.",
                "Saif al-Islam warned the West. Saif al-Islam said the army would fight.",
                "Saif al-Islam gave an interview. Scholars of Shi'ite Islam met in Beirut. Islam is a faith of peace.");
        assertThat(only(found, "Saif al-Islam").variants()).doesNotContain("Islam");
    }

    @Test
    void theArabicArticleStaysAParticle() {
        // written for this test: "Al X" where the story also writes "al-X", "al X" or "Marouf Al X" is the article
        List<Entity> found = resolve("Officials said al Qaeda was behind the attack. Al Qaeda denied it on Monday.",
                "Prime Minister Marouf Al Bakhit resigned. Later Al Bakhit said Bashar al-Assad and Assad's aides had called.");
        assertThat(only(found, "Al Qaeda").variants()).contains("al Qaeda");
        assertThat(only(found, "Marouf Al Bakhit").variants()).contains("Al Bakhit");
        assertThat(only(found, "Bashar al-Assad").variants()).contains("Assad");
    }
    @Test
    void aNewsOrganisationsStaffOrPollMakeItAnOrganisation() {
        // written for this test: "Reuters", quoted and told things like a person, was typed a person
        List<Entity> found = resolve("A Reuters reporter saw the convoy on Monday, and Reuters Insider showed it.",
                "Officials told Reuters the road was shut, Reuters said. Figures from Thomson Reuters showed oil prices rising.",
                "A Reuters photographer counted the tanks, our Norvale correspondent said.");
        assertThat(only(found, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "Norvale").type()).isNotEqualTo(EntityType.ORGANIZATION); // a place or beat takes "correspondent"
    }

    @Test
    void aKnownOrganisationJoinsTheOneLongerNameItEndsWhateverItOpens() {
        // written for this test (Timeline17 LibyaWar_reuters: "Reuters" 889 mentions, "Thomson Reuters" 3,
        // two entities): "Reuters", typed an organisation by its staff, opens "Reuters Insider" and still
        // is the end of "Thomson Reuters"
        List<Entity> found = resolve("A Reuters reporter saw the convoy on Monday, and Reuters Insider showed it.",
                "Officials told Reuters the road was shut, Reuters said. Figures from Thomson Reuters showed oil prices rising.",
                "A Reuters photographer counted the tanks.");
        assertThat(only(found, "Reuters").variants()).contains("Thomson Reuters");
        assertThat(only(found, "Reuters Insider").variants()).doesNotContain("Reuters");
    }

    @Test
    void aWordThatOnlyTheArticleTypesAnOrganisationStaysApartFromTheNameItEnds() {
        // written for this test: "the House" (a weak cue) is not the end of "White House", which it
        // would join were "House" a known organisation; a party's plural keeps its part apart
        List<Entity> found = resolve("The bill went to the House on Monday. House Republicans met at noon.",
                "The White House said it would sign. The House, which meets on Friday, voted for it. Aides said Republicans agreed.",
                "Aides said Republicans would vote for it, and Republicans in the state agreed.",
                "Polls show Republicans ahead.");
        assertThat(only(found, "White House").variants()).doesNotContain("House");
        assertThat(only(found, "Republicans").variants()).doesNotContain("House Republicans");
    }

    @Test
    void aCountryWithoutOtherCuesIsAPlaceButAPersonNamedLikeOneStaysAPerson() {
        // DUC 2004 d30005t: "America who ..." once typed America a person; the story's other
        // "America" had no cue
        List<Entity> found = resolve("The attack was aimed at America who had backed the strikes.",
                "Officials said America would respond. America and its allies met on Monday.",
                "The envoy said America had not been warned.");
        assertThat(only(found, "America").type()).isEqualTo(EntityType.LOCATION);
        // written for this test: a surname that is a country's name ends a person's name of the story
        List<Entity> player = resolve("Michael Jordan scored 30 points on Sunday.", "Jordan said he would play again.",
                "Jordan scored late, and Jordan left to cheers.");
        assertThat(only(player, "Jordan").type()).isEqualTo(EntityType.PERSON);
        assertThat(only(player, "Jordan").variants()).contains("Michael Jordan");
        // a title makes a person of a bare name on the list
        List<Entity> chad = resolve("Mr Chad told reporters the vote was fair.", "Chad said he would stand again, Mr Chad added.");
        assertThat(only(chad, "Chad").type()).isEqualTo(EntityType.PERSON);
    }
    @Test
    void aFaithIsNoCountryOfAStatesLongForm() {
        // written for this test (Timeline17 EgyptianProtest_cnn joined "Islam" and "Islamic Republic", the
        // test for "Russia" and "Russian Federation" reading "Islamic" as Islam's adjective)
        List<Entity> found = resolve("Clerics said Islam forbids the practice. Envoys of the Islamic Republic met in Vienna.",
                "The Islamic Republic rejected the offer, and preachers said Islam was misread. Officials said Russia backed the plan, and the Russian Federation voted for it.");
        assertThat(only(found, "Islam").variants()).doesNotContain("Islamic Republic");
        assertThat(only(found, "Russia").variants()).contains("Russian Federation");
    }

    @Test
    void aNewsAgencysTelevisionOrWiresMakeItAnOrganisationThatJoinsItsLongerName() {
        // written for this test (Timeline17 EgyptianProtest_cnn: "Reuters", 29 mentions, named by "Reuters
        // reported" and "a Reuters television crew", stood apart from "Thomson Reuters")
        List<Entity> found = resolve("Police fired on the crowd, Reuters reported. A Reuters television crew was beaten near the bridge.",
                "The news crossed the Reuters wires at noon, according to Reuters.",
                "Figures from Thomson Reuters showed prices rising.");
        assertThat(only(found, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "Reuters").variants()).contains("Thomson Reuters");
        // a run that ends in a hyphenated word holding the organisation's name is no longer form of it
        List<Entity> run = resolve("Police fired on the crowd, Reuters reported. A Reuters television crew was beaten.",
                "The news crossed the Reuters wires at noon.", "Shots were fired, according to Reuters.",
                "Guards at Bab Al-Nasr-Reuters stood by.");
        assertThat(only(run, "Reuters").variants()).doesNotContain("Bab Al-Nasr-Reuters");
    }

    @Test
    void koreaAloneIsSouthKoreaAndNorthKoreaStaysApart() {
        // written for this test (Timeline17 LibyaWar_reuters: "Korea" apart from "South Korea", typed a
        // person by one "South Korea said")
        List<Entity> found = resolve("South Korea said its ships would leave the port. North Korea fired a missile on Monday.",
                "American troops stationed in Korea were put on alert. South Korea, a big oil importer, warned of prices.",
                "Officials in North Korea made no comment.");
        Entity korea = only(found, "South Korea");
        assertThat(korea.type()).isEqualTo(EntityType.LOCATION);
        assertThat(korea.variants()).contains("Korea").doesNotContain("North Korea");
        // a country's name after a place word is no short form of it
        List<Entity> africa = resolve("Aid reached Africa on Monday. South Africa sent doctors to Africa, and South Africa paid.");
        assertThat(only(africa, "South Africa").variants()).doesNotContain("Africa");
        // and its kind passes to no name of a list ("X, Y and Z analyst" reads as a list)
        List<Entity> analyst = resolve("Oil will stay dear, said Tomas Verlin, Middle East and North Africa analyst at a consultancy.",
                "Tomas Verlin, Middle East and North Africa analyst, expects more cuts.");
        assertThat(only(analyst, "Tomas Verlin").type()).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void aReadersThanksOrACaptionsImperativeIsNoGivenName() {
        // written for this test (issue 5): "Thanks Rachel", "Watch Kholood" were shown as people's names
        List<Entity> found = resolve("Thanks Marisol, that was a clear answer. Marisol said the clinic was open. "
                + "Rain hit the town Watch Tomasz and Ilse describe the flood. Tomasz said the river rose overnight.");
        assertThat(found).flatExtracting(Entity::variants).contains("Marisol", "Tomasz")
                .doesNotContain("Thanks Marisol", "Watch Tomasz");
        // a question's verb: "Is Putin", "Does Russia" were names
        List<Entity> asked = resolve("Does Velaria want peace? Should Okafor resign? Velaria said it does, and Okafor said no.");
        assertThat(asked).flatExtracting(Entity::variants).contains("Velaria", "Okafor")
                .doesNotContain("Does Velaria", "Should Okafor");
    }

    @Test
    void anAdverbOrConjunctionOpeningASentenceIsNoPartOfTheName() {
        // written for this test (issue 5): "Along Florida", "Though Brazil", "Yet New York" were names
        List<Entity> found = resolve("Along Vandria's coast the storm grew. Though Ostrel agreed, Vandria did not. "
                + "Yet Ostrel said later that Vandria was right.");
        assertThat(found).flatExtracting(Entity::variants).contains("Vandria", "Ostrel")
                .doesNotContain("Along Vandria", "Though Ostrel", "Yet Ostrel");
    }

    @Test
    void aGerundOpeningASentenceIsCutOffANameTheStoryWritesElsewhere() {
        // written for this test (issue 5): "Putting Brazil", "Speaking of Fazil" were names of their own
        List<Entity> found = resolve("Freeing Tomas Ardel was the court's choice. The court freed Tomas Ardel on Friday. "
                + "Speaking of Ardel, his lawyer said Ardel would travel to Kessow.");
        assertThat(found).flatExtracting(Entity::variants).contains("Tomas Ardel", "Ardel")
                .doesNotContain("Freeing Tomas Ardel", "Speaking of Ardel");
        // a name ending in "ing" stays whole when the story writes no rest of it alone
        List<Entity> kept = resolve("Boeing Aerostructures said the plant would close. Its staff said Boeing Aerostructures paid well.",
                "Redding Wells said it would reopen.");
        assertThat(kept).flatExtracting(Entity::variants).contains("Boeing Aerostructures");
    }

    @Test
    void aQuestionsAuxiliaryIsCutOffANameTheStoryWritesElsewhere() {
        // written for this test (issue 5): "Can Philippine Airlines" had been a spelling of the airline
        List<Entity> found = resolve("The board had one question: Can Norvik Airways be sold? The bank said Norvik Airways owed it money. "
                + "Could Tomas Ardel save it? Its pilots said Tomas Ardel would try.");
        assertThat(found).flatExtracting(Entity::variants).contains("Norvik Airways", "Tomas Ardel")
                .doesNotContain("Can Norvik Airways", "Could Tomas Ardel");
        // a first name "Can" stays where the story writes the whole name away from a sentence's start
        List<Entity> kept = resolve("The editor Can Ertan wrote the piece. Can Ertan was jailed, and Ertan appealed.");
        assertThat(kept).flatExtracting(Entity::variants).contains("Can Ertan");
    }

    @Test
    void aLoneGerundAfterAnOpeningQuoteIsNoName() {
        // written for this test (issue 5): "replied: ``Proving you fear God ..." had kept "Proving" as a name
        List<Entity> found = resolve("Asked about the cup, the coach replied: \"Winning is not the aim.\" He took Varna to the final.");
        assertThat(found).extracting(Entity::name).contains("Varna").doesNotContain("Winning");
        // a name in "ing" that the story also writes elsewhere stays
        List<Entity> kept = resolve("A fan shouted: \"Reading will win.\" He has followed Reading since 1990 in Berkshire.");
        assertThat(kept).extracting(Entity::name).contains("Reading");
    }

    @Test
    void aNameAfterAClosingQuoteOpensNoSentence() {
        // written for this test (issue 5): a closing '' read as an opening quote had dropped a surname in "ing"
        List<Entity> found = resolve("\"We will stay until the end,\" Keating said in Varna.");
        assertThat(found).extracting(Entity::name).contains("Keating", "Varna");
        // an opening quote still opens one
        List<Entity> dropped = resolve("The coach replied, \"Keating is not the aim.\" He took Varna to the final.");
        assertThat(dropped).extracting(Entity::name).doesNotContain("Keating");
    }

    @Test
    void anOfficeAfterATitleIsNoPartOfTheHoldersName() {
        // written for this test (issue 5): "Chancellor of the Exchequer Gordon Brown" gave "Exchequer Gordon Brown"
        List<Entity> found = resolve("Chancellor of the Exchequer Tomas Ardel spoke first. Rates would rise, Ardel said. "
                + "The Treasury said the Interior paid less.");
        assertThat(only(found, "Tomas Ardel").variants()).contains("Ardel").doesNotContain("Exchequer Tomas Ardel");
        assertThat(found).extracting(Entity::name).contains("Treasury", "Interior");
    }

    @Test
    void anIndefinitePronounIsNoName() {
        // written for this test (issue 5): "Everybody", "Nobody" after an opening quote had been names
        List<Entity> found = resolve("\"Everybody ran,\" a man in Varna said. \"Nobody stayed behind.\" \"None of us left.\"");
        assertThat(found).extracting(Entity::name).contains("Varna").doesNotContain("Everybody", "Nobody", "None");
    }

    @Test
    void anAuthorityIsAnOrganisationApartFromALongerAuthority() {
        // written for this test (issue 5): "Palestinian Authority" was untyped and joined "... Civil Aviation Authority"
        List<Entity> found = resolve("The Norvian Authority met on Monday. The Norvian Civil Aviation Authority closed the airport.");
        assertThat(only(found, "Norvian Authority").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "Norvian Authority").variants()).doesNotContain("Norvian Civil Aviation Authority");
    }

    @Test
    void anAcademicOrClericalTitleIsNoPartOfTheName() {
        // written for this test (issue 5): "Professor Neil Ferguson", "Doctor Zhivago" kept their titles
        List<Entity> found = resolve("Professor Ilona Varga said the trial was over. Doctor Varga led it in Szeged. "
                + "Reverend Amos Tull blessed the ward.");
        assertThat(found).flatExtracting(Entity::variants).contains("Ilona Varga", "Varga", "Amos Tull")
                .doesNotContain("Professor Ilona Varga", "Doctor Varga", "Reverend Amos Tull");
    }

    @Test
    void aLanguageIsNoEntity() {
        // written for this test (issue 5): "in Arabic" typed a place, "Arabic" news an organisation
        List<Entity> found = resolve("The channel broadcast in Arabic and Hebrew from Haifa. Its Arabic service said Haifa was calm.");
        assertThat(found).extracting(Entity::name).contains("Haifa").doesNotContain("Arabic", "Hebrew");
    }

    @Test
    void aWordInCapitalsJoinsAMixedCaseNameOnlyWithTheSameLetters() {
        // written for this test (issue 5): a shouted "HUMOUR" joined a "Hummer"
        List<Entity> found = resolve("Warning: the thread below may contain RUMOUR ! Investors in Xian bought the Rumor app. "
                + "The Rumor deal was done, Brandt said. We signed it, said BRANDT.");
        assertThat(only(found, "RUMOUR").variants()).doesNotContain("Rumor");
        assertThat(only(found, "Brandt").variants()).contains("BRANDT");
        List<Entity> slip = resolve("Talks went on in Caledonia on Monday. Ruiz said CALEDONA needs help. Envoys met in Caledonia.");
        assertThat(only(slip, "Caledonia").variants()).contains("CALEDONA"); // a letter dropped by a slip of the keys
    }

    @Test
    void aWordJoinsItsStateFormWhereItOpensNoOtherPlace() {
        // written for this test (issue 5): "Gulf" and "Gulf States", "Czech" and "Czech Republic" stood apart
        List<Entity> found = resolve("Ships crossed the Gulf on Monday. The Gulf States met in Doha, and Gulf Arab envoys "
                + "spoke for the Gulf.");
        assertThat(only(found, "Gulf States").variants()).contains("Gulf");
        List<Entity> other = resolve("Ships crossed the Gulf on Monday. The Gulf States met in Doha, and oil reached the "
                + "Gulf of Mexico and the Gulf.");
        assertThat(only(other, "Gulf States").variants()).doesNotContain("Gulf");
        List<Entity> federation = resolve("Heads of the Retail Federation met. Sales grew, said the Retail board.");
        assertThat(only(federation, "Retail Federation").variants()).doesNotContain("Retail");
    }

    @Test
    void aPeoplesPluralIsAGroup() {
        // written for this test (issue 5): "Spaniards" was a bare name, where "Syrians" is a group
        List<Entity> found = resolve("Spaniards voted on Sunday in Madrid. Many Spaniards said the vote was fair. "
                + "Britons living in Malaga voted too.");
        assertThat(only(found, "Spaniards").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleBeforeACompanyOrInstitutionWordStaysInTheName() {
        // written for this test (issue 5): "General Motors" was a person "Motors"
        List<Entity> found = resolve("General Dynamics cut 900 jobs in Ohio, and General Electric hired 400, Mr. Voss said. "
                + "General Dynamics said the cuts were over. President Halloran met the board.");
        assertThat(only(found, "General Dynamics").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "General Electric").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).extracting(Entity::name).contains("Halloran").doesNotContain("Dynamics", "Electric", "President Halloran");
    }

    @Test
    void aWatchdogIsAnOrganisation() {
        // written for this test (issue 5): "Human Rights Watch said" typed a person
        List<Entity> found = resolve("Prison Abuse Watch said guards beat inmates in Tarsk. Prison Abuse Watch said more.");
        assertThat(only(found, "Prison Abuse Watch").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPeoplesPluralJoinsNoLongerNameNorAPersonsName() {
        // written for this test (issue 5): "Jews" joined "Soviet Jews", "Scots" joined "Scott"
        List<Entity> found = resolve("Yemenite Jews reached Haifa on Monday. Many Jews in Europe gave money, Orna Scott said. "
                + "Scott said Scots gave too. Many Scots came.");
        assertThat(only(found, "Jews").variants()).doesNotContain("Yemenite Jews");
        assertThat(only(found, "Orna Scott").variants()).doesNotContain("Scots");
    }

    @Test
    void twoCommitteesOfOneChamberAreTwo() {
        // written for this test (issue 5): "House Appropriations Committee" had joined "House Ways and Means Committee"
        List<Entity> found = resolve("The Senate Farm Credit Committee met on Monday. The Senate Budget Committee met too.",
                "The Senate Farm Credit Committee voted. The Senate Budget Committee did not.");
        assertThat(only(found, "Senate Farm Credit Committee").variants()).doesNotContain("Senate Budget Committee");
    }

    @Test
    void aPlacesPaperIsNotItsPlacesOtherPaper() {
        // written for this test (issue 5): "China Daily" had joined "China Youth Daily"
        List<Entity> found = resolve("The Norway Herald said prices rose. The Norway Farmers Herald said they fell.",
                "The Norway Herald quoted Knut Berg. The Norway Farmers Herald quoted him too.");
        assertThat(only(found, "Norway Herald").variants()).doesNotContain("Norway Farmers Herald");
    }

    @Test
    void aCountryIsNoLongFormOfAnotherListedCountry() {
        // written for this test (issue 5): "Dominica" had joined "Dominican Republic"
        List<Entity> found = resolve("Ships sailed from Dominica to the Dominican Republic on Monday. Dominica said the ships were safe.",
                "The Dominican Republic welcomed them.");
        assertThat(only(found, "Dominica").variants()).doesNotContain("Dominican Republic");
    }

    @Test
    void aNameEndingInACompanyDesignatorIsAnOrganisation() {
        // written for this test (issue 5): "Microsoft" was a person by one "Microsoft says" beside "Microsoft Corp"
        List<Entity> found = resolve("Zentrix Corp sold 40 chips in March. In April Zentrix says the chips are fast. Buyers liked what "
                + "Zentrix shipped.", "Zentrix Corp grew. Last year Zentrix hired 50 people.");
        assertThat(only(found, "Zentrix").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAdministratorIsATitle() {
        // written for this test (issue 5): "Administrator Lori Garver" kept the office in the name
        List<Entity> found = resolve("Agency Administrator Mara Quell said on Monday the launch would wait. Quell said more.");
        assertThat(found).extracting(Entity::name).contains("Mara Quell").doesNotContain("Administrator Mara Quell");
    }

    @Test
    void aLongerNameOpenedByAWholeNameIsABodyOfItButARepeatedEndIsASlip() {
        // written for this test (issue 5): a league's players' association had joined the league; "Moussa Koussa
        // Koussa", a slip, must still join "Moussa Koussa"
        List<Entity> found = resolve("The National Chess Association fined Ivo Brandt. The National Chess Association Players Association "
                + "appealed. Ivo Brandt Brandt said he would play. The National Chess Association met.");
        assertThat(only(found, "National Chess Association").variants())
                .doesNotContain("National Chess Association Players Association");
        assertThat(only(found, "Ivo Brandt").variants()).contains("Ivo Brandt Brandt");
    }

    @Test
    void middleWordsMatchLeavingOutJoinersAndHyphens() {
        // written for this test (issue 5): middle words must stand in the longer name, but "for" / "of" and
        // "Co-Ordination" / "Coordination" are one name's spellings
        List<Entity> found = resolve("The Veldt University School for Marine Studies opened. The Veldt School of Marine Studies hired staff.",
                "The Ostmark Co-Ordination Committees met. The Ostmark Coordination Committees said so.");
        assertThat(only(found, "Veldt University School for Marine Studies").variants()).contains("Veldt School of Marine Studies");
        assertThat(found).filteredOn(e -> e.variants().contains("Ostmark Coordination Committees")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Ostmark Co-Ordination Committees"));
    }

    @Test
    void aRanksAbbreviationAloneIsNoName() {
        // written for this test (issue 5): "Maj" of "Maj. Gen. ...", "Sens" of "Sens. ... and ..." had been names
        List<Entity> found = resolve("On Monday Maj. Gen. Ivo Randa toured Varna. Later Sens. Ann Kesk and Tom Lorr met him, "
                + "and then Capt. Ivo Randa left.");
        assertThat(found).extracting(Entity::name).contains("Ivo Randa", "Varna").doesNotContain("Maj", "Sens", "Capt");
    }

    @Test
    void aTitleThatEndsARunBeforeItsDotIsCutOff() {
        // written for this test (issue 5): "Civil Aviation Authority Brig. Gen. ..." and "New York Gov. ..." kept the title
        List<Entity> found = resolve("He wrote to the chairman of the Varna Port Authority Brig. Gen. Ivo Randa on Monday. "
                + "Ostmark Gov. Ann Kesk said the Varna Port Authority had agreed. Officials in Ostmark were calm.");
        assertThat(found).extracting(Entity::name).contains("Varna Port Authority", "Ostmark", "Ann Kesk", "Ivo Randa");
        assertThat(found).flatExtracting(Entity::variants).doesNotContain("Varna Port Authority Brig", "Ostmark Gov");
    }

    @Test
    void aSaintsOrMountsAbbreviationOpensThePlacesName() {
        // written for this test (issue 5): "St. Kitts" gave a place "St" and a name "Kitts" apart
        List<Entity> found = resolve("The storm hit St. Varno and then St. Kelda. On St. Varno roofs were torn off. "
                + "Ash fell near Mt. Orsk.");
        assertThat(found).extracting(Entity::name).contains("St. Varno", "St. Kelda", "Mt. Orsk").doesNotContain("St", "Varno");
        assertThat(only(found, "St. Varno").mentions()).hasSize(2);
    }

    @Test
    void aPeoplesPluralBesideItsCountryIsNoEntity() {
        // written for this test (issue 5): "Swedes" beside "Sweden" stayed a group of its own, as "Swedes" alone does
        List<Entity> found = resolve("Swedes voted on Sunday. Turnout in Sweden was high, and many Swedes were pleased. "
                + "The Cubs played in Cuba. The Cubs won in Cuba.");
        assertThat(found).extracting(Entity::name).contains("Sweden", "Cuba", "Cubs").doesNotContain("Swedes");
        List<Entity> singular = resolve("Serb forces left Serbia on Monday. Troops from Serbia and one Serb officer stayed.");
        assertThat(singular).extracting(Entity::name).contains("Serbia").doesNotContain("Serb");
        List<Entity> alone = resolve("Swedes voted on Sunday in Varna. Many Swedes were pleased.");
        assertThat(alone).extracting(Entity::name).contains("Swedes");
    }

    @Test
    void aPhraseWrittenInCapitalsIsNoName() {
        // written for this test (issue 5): "NETSCAPE SHOULD STAY AWAY", written for emphasis, had been a name
        List<Entity> found = resolve("Kesk wrote that rivals SHOULD STAY AWAY in capitals. Rivals should not stay away, "
                + "Kesk said in Ostmark. The UNITED STATES VIRGIN ISLANDS sent aid; the United States did too, to the islands.");
        assertThat(found).flatExtracting(Entity::variants).noneMatch(v -> v.contains("STAY AWAY"))
                .contains("UNITED STATES VIRGIN ISLANDS");
    }

    @Test
    void anAcronymWithDotsIsTheAcronymWithout() {
        // written for this test (issue 5): "U.S." and "US", "A.N.C." and "ANC" had been two entities each
        List<Entity> found = resolve("The V.K.P. met in Varna. The VKP said it would vote. Aid from the U.S. came. The US sent more.");
        assertThat(only(found, "V.K.P.").variants()).contains("VKP");
        assertThat(only(found, "U.S.").variants()).contains("US");
        List<Entity> apart = resolve("The BBC said the fort was built in 300 B.C. by the Romans. The BBC filmed it.");
        assertThat(only(apart, "BBC").variants()).doesNotContain("B.C.");
    }

    @Test
    void aNewsAgencysWordAndABlendedInstitutionSpeakAsOrganisations() {
        // written for this test (issue 5): "Xinhua added" beside "Xinhua News Agency", "Interpol warned" had typed people
        List<Entity> found = resolve("The Voskat News Agency reported floods in Varna. Rain will go on, Voskat added. "
                + "Police asked Europol for help; Europol warned that more thefts were likely.");
        assertThat(only(found, "Voskat").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(found, "Europol").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> person = resolve("Bloomberg News ran the story. Ann Bloomberg said she was pleased. Bloomberg said so twice.");
        assertThat(only(person, "Ann Bloomberg").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSurnameAloneBesideTypedFullNamesIsAPerson() {
        // written for this test (issue 5): "Tan", kept apart from "Lucio Tan" by its articles, had been untyped
        List<Entity> found = resolve("Mr. Arno Velk met the board in Varna on Monday.", "The board saw that Velk left early.",
                "The board knows that Velk owns the airline.", "In May the pilots wrote to Velk again.");
        assertThat(only(found, "Velk").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void spaniardsAndBritonsBesideTheirCountryAreNoEntities() {
        // written for this test (issue 5): the peoples' words that do not open their country's name stayed groups
        List<Entity> found = resolve("Two Britons were held in Britain on Monday. Britain said the Britons were well. "
                + "Spaniards marched in Spain, and Spain watched the Spaniards.");
        assertThat(found).extracting(Entity::name).contains("Britain", "Spain").doesNotContain("Britons", "Spaniards");
    }

    @Test
    void anAdverbOrAContractionOpeningAQuotationIsNoName() {
        // written for this test (issue 5): lone "Clearly", "There've" after an opening quote had been names
        List<Entity> found = resolve("Kesk spoke in Varna. ``Clearly the bridge is old,'' Kesk said. "
                + "``There've been cracks,'' she added. ``Yes, we know,'' the mayor said.");
        assertThat(found).extracting(Entity::name).doesNotContain("Clearly", "There've", "Yes").contains("Kesk");
        List<Entity> kept = resolve("Beverly Ann Lusk came to Varna. ``Beverly is here,'' he said.");
        assertThat(only(kept, "Beverly Ann Lusk").variants()).isNotEmpty();
        assertThat(kept).flatExtracting(Entity::variants).contains("Beverly");
    }

    @Test
    void aPeoplesNounBeforeAPersonIsNoPartOfTheName() {
        // written for this test (issue 5): "Britons Peter Kennedy" had been a name of its own
        List<Entity> found = resolve("The Swedes Lars Anton Berg and Ola Berg were freed in Varna. "
                + "The Briton Tom Alder Pike flew home. Lars Anton Berg thanked Tom Alder Pike.");
        assertThat(found).flatExtracting(Entity::variants).contains("Lars Anton Berg", "Tom Alder Pike")
                .noneMatch(v -> v.startsWith("Swedes") || v.startsWith("Briton"));
    }

    @Test
    void anAbstractNounOpeningAQuotationIsNoName() {
        // written for this test (issue 5): lone "Intervention", "Relations" after an opening quote had been names
        List<Entity> found = resolve("Kesk spoke in Varna. ``Intervention is not wise,'' Kesk said. "
                + "``Relations are calm,'' she added. ``Settlements grow,'' the mayor said.");
        assertThat(found).extracting(Entity::name).doesNotContain("Intervention", "Relations", "Settlements").contains("Kesk");
        List<Entity> kept = resolve("The judges read the Constitution in Varna. ``Constitution first,'' Kesk said.");
        assertThat(found).extracting(Entity::name).contains("Kesk");
        assertThat(kept).flatExtracting(Entity::variants).contains("Constitution");
    }

    @Test
    void anInstitutionsTwoFieldsJoinedByAndStayOneName() {
        // written for this test (issue 5): "Institute of Geography and Statistics" had given a "Statistics" of its own
        List<Entity> found = resolve("A report of the Varnian Institute of Farming and Forestry came out on Monday. "
                + "Office of Roads and Bridges Director Ola Kesk praised it, and Britain and France read it. "
                + "The Varnian Office of Roads and Bridges said nothing.");
        assertThat(found).flatExtracting(Entity::variants)
                .contains("Varnian Institute of Farming and Forestry", "Britain", "France")
                .doesNotContain("Forestry", "Varnian Institute of Farming");
        assertThat(only(found, "Varnian Office of Roads and Bridges").variants()).contains("Office of Roads");
        List<Entity> places = resolve("The Bank of England and Wales met in London on Monday.");
        assertThat(places).flatExtracting(Entity::variants).doesNotContain("Bank of England and Wales");
    }

    @Test
    void aPossessiveAfterAMotionVerbNamesTheOwnerNotThePlace() {
        // written for this test (issue 5): "driven from Tudjman's state" had typed the president a place
        List<Entity> found = resolve("President Arno Velk spoke in Varna. Many were driven from Velk's state, and Velk "
                + "was blamed. Others fled from Velk's country.");
        assertThat(only(found, "Velk").type()).isNotEqualTo(EntityType.LOCATION);
        List<Entity> place = resolve("Thousands fled from Brusk on Monday.");
        assertThat(only(place, "Brusk").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNewsAgencysWordJoinsItsFullName() {
        // written for this test (issue 5): "Xinhua" had stood apart from "Xinhua News Agency"
        List<Entity> found = resolve("The Voskat News Agency reported floods in Varna. Rain will go on, Voskat added.");
        assertThat(only(found, "Voskat").variants()).contains("Voskat News Agency");
        List<Entity> person = resolve("Bloomberg News ran the story. Ann Bloomberg said she was pleased. Bloomberg said so.");
        assertThat(only(person, "Bloomberg News").variants()).doesNotContain("Bloomberg");
    }

    @Test
    void anUntypedNameOpenedByAGivenNameIsAPerson() {
        // written for this test (issue 5): "Richard Nixon", "Kenneth Starr" with no title or speech verb stayed untyped
        List<Entity> found = resolve("The report named Kenneth Velk and Arno Pike. Velk and the Brusk board met Pike.",
                "Guests stayed at the Susan Marl Village Resort; the Susan Marl was full.",
                "Thieves robbed the Peter Orlo jewellery store in Brusk. Peter Orlo lost gems.");
        assertThat(only(found, "Kenneth Velk").type()).isEqualTo(EntityType.PERSON);
        assertThat(only(found, "Susan Marl Village Resort").type()).isNotEqualTo(EntityType.PERSON);
        assertThat(only(found, "Susan Marl").type()).isNotEqualTo(EntityType.PERSON);
        assertThat(only(found, "Arno Pike").type()).isEqualTo(EntityType.OTHER);
        assertThat(only(found, "Peter Orlo").type()).isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void aMiddleInitialWithItsDotStaysInsideThePersonsName() {
        // written for this test (issue 5): "James N. Landrum" had given a name "James N" and a "Landrum" apart
        List<Entity> found = resolve("A letter from Arno K. Velk reached Varna on Monday. Velk wrote it in May, and "
                + "Arno Velk signed it. In Ostmark, T. R. Orlo read it.");
        assertThat(only(found, "Arno K. Velk").variants()).contains("Velk", "Arno Velk");
        assertThat(only(found, "T. R. Orlo").type()).isEqualTo(EntityType.PERSON);
        assertThat(found).flatExtracting(Entity::variants).contains("T. R. Orlo").doesNotContain("Arno K", "K", "R");
        List<Entity> article = resolve("Ola Berg of the Arno A. Velk Institute for Farming spoke in Varna on Monday.");
        assertThat(article).flatExtracting(Entity::variants).noneMatch(v -> v.startsWith("."));
        List<Entity> places = resolve("Crews worked on E. Orsk Ave near the U. S. Varna Survey on Monday.");
        assertThat(places).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aGivenNameAndItsShortFormAreOnePersonsSpellings() {
        // written for this test (issue 5): "Don Yeomans" and "Donald K. Yeomans" had stayed apart, and with them "Yeomans"
        List<Entity> found = resolve("Donald K. Tarvel, who leads the survey, spoke in Varna on Monday. "
                + "Tarvel said the rock would miss. Don Tarvel has watched such rocks for years. "
                + "Bob Lenski met Robert Lenski's staff.");
        assertThat(only(found, "Donald K. Tarvel").variants()).contains("Don Tarvel", "Tarvel");
        assertThat(found).filteredOn(e -> e.variants().contains("Bob Lenski")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Robert Lenski"));
        List<Entity> apart = resolve("Donald Tarvel spoke in Varna on Monday. Ronald Tarvel spoke in Ostmark.");
        assertThat(apart).filteredOn(e -> e.variants().contains("Donald Tarvel")).singleElement()
                .satisfies(e -> assertThat(e.variants()).doesNotContain("Ronald Tarvel"));
    }

    @Test
    void aLeadingInitialWrittenOutIsTheSamePerson() {
        // written for this test (issue 5, eighteenth round): "W. Mark Felt" and "William Mark Felt" (ECB+ topic 28) had
        // stayed apart, so that "Mark Felt" had two full names to join
        List<Entity> found = resolve("W. Mark Tarvel, who led the bureau, spoke in Varna on Monday. Mark Tarvel said little.",
                "William Mark Tarvel was born in Ostmark.");
        assertThat(only(found, "W. Mark Tarvel").variants()).contains("William Mark Tarvel", "Mark Tarvel");
    }

    @Test
    void anEditorsTitleIsLeftOutOfTheName() {
        // written for this test (issue 5, eighteenth round): "Post Editor Benjamin C. Bradlee" (ECB+ topic 28) had kept
        // its title and joined neither "Ben Bradlee" nor "Bradlee"
        List<Entity> found = resolve("Herald Editor Benjamin C. Tarvel spoke in Varna on Monday. Ben Tarvel said little.");
        assertThat(only(found, "Benjamin C. Tarvel").variants()).contains("Ben Tarvel");
    }

    @Test
    void anAcronymJoinsTheNameItAbbreviatesAndItsDefiniteReferences() {
        // DUC 2003: "FEMA" and "Federal Emergency Management Agency", "IMF" and "International Monetary Fund" were two entities each
        Document a = Stories.document("a", null, "The Caribbean Reconstruction Fund pledged aid to Tortola on Monday. "
                + "Officials of the fund arrived on Tuesday. The Tortola Rail Safety Board also opened an inquiry.");
        Document b = Stories.document("b", null, "CRF officials met the governor on Monday. A CRF spokesman said CRF money "
                + "would arrive within a week, and the fund would send engineers. Inspectors of the TRSB closed the line.");
        List<Entity> found = new EntityResolver().resolve(List.of(a, b));
        assertThat(found).filteredOn(e -> e.variants().contains("CRF")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Caribbean Reconstruction Fund", "the fund"));
        assertThat(found).filteredOn(e -> e.variants().contains("TRSB")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Tortola Rail Safety Board"));
    }

    @Test
    void twoLettersOrACommonAcronymJoinOnlyWhatTheyStandFor() {
        // Timeline17 (counted): "UN" had joined "University of Nottingham", "PC" would join "Palm Computing"
        Document a = Stories.document("a", null, "Researchers at the University of Nottingham tested the vaccine on Monday. "
                + "The UN said the trial was welcome. Palm Computing said its PC sales rose.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.variants().contains("University of Nottingham"))
                .allSatisfy(e -> assertThat(e.variants()).doesNotContain("UN"));
        assertThat(found).filteredOn(e -> e.variants().contains("Palm Computing"))
                .allSatisfy(e -> assertThat(e.variants()).doesNotContain("PC"));
    }

    @Test
    void aWeekdayAfterANameIsCutOff() {
        // written for this test (issue 5, nineteenth round): "Libya Saturday", "Tehran Friday" (DUC 2003) had been names
        // of their own, apart from the place
        List<Entity> found = resolve("Envoys arrived in Ostmark Saturday to meet the council. Ostmark has been calm.");
        assertThat(only(found, "Ostmark").variants()).containsOnly("Ostmark");
        assertThat(found).flatExtracting(Entity::variants).doesNotContain("Ostmark Saturday");
    }

    @Test
    void aCompanysHeadAnAgentAndACandidateAreTitles() {
        // written for this test (issue 5, twentieth round): "CEO Jeffrey Katz", "FBI Agent Ken Maxwell", "Candidate Majid
        // Ansari" (DUC 2003) had kept the title in the person's name
        List<Entity> found = resolve("``It was certified,'' CEO Tarvo Ostel was quoted as saying. FBI Agent Ken Varnel testified."
                + " Candidate Majid Ostrani, a cleric, blamed the turnout.");
        assertThat(found).flatExtracting(Entity::variants).contains("Tarvo Ostel", "Ken Varnel", "Majid Ostrani")
                .doesNotContain("CEO Tarvo Ostel", "FBI Agent Ken Varnel", "Agent Ken Varnel", "Candidate Majid Ostrani");
    }

    @Test
    void twoNamesJoinedByForArePartedWhereEachIsWrittenAlone() {
        // written for this test (issue 5, twentieth round): "had left Syria for Russia" (DUC 2003) had made "Syria for
        // Russia" a name of its own
        List<Entity> found = resolve("The rebel had left Ostmark for Varnia, officials said. Ostmark denied it."
                + " Varnia would not confirm it.");
        assertThat(found).flatExtracting(Entity::variants).contains("Ostmark", "Varnia").doesNotContain("Ostmark for Varnia");
        assertThat(only(found, "Ostmark").mentions()).hasSize(2);
    }

    @Test
    void chechenAndYugoslavAloneAreAdjectivesNoPlaces() {
        // written for this test (issue 5, twentieth round): "Chechen rebels" and "Yugoslav troops" (DUC 2003 d30056t,
        // d30051t) had made "Chechen" and "Yugoslav" places
        List<Entity> found = resolve("Troops fought Chechen rebels near Varna. Officials said Yugoslav troops had left Varna.");
        assertThat(found).flatExtracting(Entity::variants).doesNotContain("Chechen", "Yugoslav");
    }

    @Test
    void aChineseFamilyNameAloneJoinsTheOneFullNameItOpens() {
        // written for this test (issue 5, nineteenth round): "Xu" and "Qin" (DUC 2003 d31050t) had stayed apart from
        // "Xu Wenli" and "Qin Yongmin"
        List<Entity> found = resolve("The court sentenced Qin Tarvang to ten years on Monday. Friends said Qin had founded a party in Varna.");
        assertThat(only(found, "Qin Tarvang").variants()).contains("Qin");
    }

    @Test
    void aLetterAfterALabelNounEndsTheName() {
        // written for this test (issue 5, nineteenth round): "at Cell Block G. Dubai experienced ..." (ECB+ topic 20) had
        // made one name of the block and the city
        List<Entity> found = resolve("Nothing moved down here at Cell Block G. Ostmark felt a slight tremor today.");
        assertThat(found).flatExtracting(Entity::variants).contains("Ostmark").doesNotContain("Cell Block G. Ostmark");
    }

    @Test
    void aPlaceOfWorshipNamedAfterSomeoneIsNoPerson() {
        // written for this test (issue 5, nineteenth round): "Alexander Nevsky Monastery" (DUC 2004) had been typed a
        // person by its given name
        List<Entity> found = resolve("Pilgrims gathered at the Alexander Tarvsky Monastery near the river.");
        assertThat(only(found, "Alexander Tarvsky Monastery").type()).isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameEndingInSeniorOrJuniorIsAPersons() {
        // written for this test (issue 5, nineteenth round): "W. Mark Felt Sr" (ECB+ topic 28) had stayed untyped
        List<Entity> found = resolve("W. Mark Tarvel Sr. led the bureau in Varna. Mark Tarvel was quiet.");
        assertThat(only(found, "W. Mark Tarvel Sr").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLegislatureAfterInIsNoPlace() {
        // written for this test (issue 5, nineteenth round): "in Congress" had typed Congress a place (DUC 2003 d31031t)
        List<Entity> found = resolve("The Varna bill stalled in Congress on Monday. Its backers in Congress promised another vote.");
        assertThat(only(found, "Congress").type()).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void aStormsNameAloneIsTheStormAndNoPlace() {
        // DUC 2003 d31028t: "Georges" (28 mentions, a place by "in Georges' path") apart from "Hurricane Georges"
        Document a = Stories.document("a", null, "Hurricane Zelda struck Tortola on Monday. Thousands of homes in Zelda's path "
                + "lost power, and Zelda killed four people. Supertyphoon Zelda weakened over the sea.");
        List<Entity> found = new EntityResolver().resolve(List.of(a));
        assertThat(found).filteredOn(e -> e.variants().contains("Zelda")).singleElement().satisfies(e -> {
            assertThat(e.name()).isIn("Hurricane Zelda", "Supertyphoon Zelda");
            assertThat(e.variants()).contains("Hurricane Zelda", "Supertyphoon Zelda");
            assertThat(e.type()).isEqualTo(EntityType.OTHER);
        });
    }

    @Test
    void aCountryOfTwoWordsIsAPlace() {
        // written for this test (issue 5, twenty-first round): "New Zealand's Stanley Shaw" (DUC 2003 d30056t) and "the
        // Middle East" had been typed nothing or an organisation; the listed names are real, the rest invented
        List<Entity> found = resolve("New Zealand's Tarvo Ostel was kidnapped with three colleagues. Talks on the Middle East"
                + " stalled again.");
        assertThat(only(found, "New Zealand").type()).isEqualTo(EntityType.LOCATION);
        assertThat(only(found, "Middle East").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTemperatureScaleIsNoName() {
        // written for this test (issue 5, twenty-first round): "Fahrenheit" and "Celsius" (DUC 2003 d31010t) had headed the
        // names of a cold wave's brief
        List<Entity> found = resolve("Temperatures fell to minus 22 degrees Celsius (minus 8 degrees Fahrenheit) in Varna.");
        assertThat(found).flatExtracting(Entity::variants).contains("Varna").doesNotContain("Celsius", "Fahrenheit");
    }

    @Test
    void aNetworkOrAProgramIsNoPlace() {
        // written for this test (issue 5, twenty-first round): "in Internet software" and "into Windows" (DUC 2003 d31033t)
        // had typed "Internet" and "Windows" places
        List<Entity> found = resolve("Ostmark trailed in Internet software. It built its browser into Windows last year.");
        assertThat(only(found, "Internet").type()).isNotEqualTo(EntityType.LOCATION);
        assertThat(only(found, "Windows").type()).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void sheikIsATitle() {
        // written for this test (issue 5, twenty-first round): "Sheik Omar Abdel Rahman" (DUC 2003 d30005t) had kept the
        // title in the name, which no cue typed
        List<Entity> found = resolve("Sheik Tarvo Abdel Ostrani preached in Varna. Sheik Abdel Ostrani denied the charges.");
        assertThat(found).flatExtracting(Entity::variants).contains("Tarvo Abdel Ostrani")
                .doesNotContain("Sheik Tarvo Abdel Ostrani", "Sheik Abdel Ostrani");
        assertThat(only(found, "Tarvo Abdel Ostrani").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSurnameOfThreeLettersJoinsThePersonsFullName() {
        // written for this test (issue 5, twenty-first round): "Tan" (DUC 2003 d31041t, 17 mentions) had stayed apart from
        // "Lucio Tan"
        List<Entity> found = resolve("Airline owner Lucio Vek said on Monday he would sell. Analysts believe Vek controls 70"
                + " percent of the airline.");
        assertThat(only(found, "Lucio Vek").variants()).contains("Vek");
    }

    @Test
    void anAirlinesWordAfterTwoWordsIsLeftOut() {
        // written for this test (issue 5, twenty-first round): "Cathay Pacific Airways" (DUC 2003 d31041t) had stayed apart
        // from "Cathay Pacific"
        List<Entity> found = resolve("Ostmark Pacific Airways cut its flights to Varna. Ostmark Pacific said demand had"
                + " fallen.");
        assertThat(only(found, "Ostmark Pacific").variants()).contains("Ostmark Pacific Airways");
    }

    @Test
    void aPartyBeforeGovernmentIsNoPlace() {
        // written for this test (issue 5, twenty-first round): "Tony Blair's Labor government" and "the Communist government
        // in Afghanistan" (DUC 2003 d30003t, d30005t) had typed "Labor" and "Communist" places
        List<Entity> found = resolve("The arrest embarrassed Tarvo Ostel's Labor government. Rebels fought the Communist"
                + " government in Varnia.");
        assertThat(only(found, "Labor").type()).isNotEqualTo(EntityType.LOCATION);
        assertThat(only(found, "Communist").type()).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPersonTypedByTheGivenNameIsShownByTheFullName() {
        // written for this test (issue 5, twenty-first round): "Rosen (person; also written Dan Rosen)" (DUC 2003 d31033t):
        // the given name typed the person after the surname had been chosen as the untyped name's
        List<Entity> found = resolve("Richard Velmont led the inquiry in Varna. Velmont would not comment. Velmont left early."
                + " Critics called Velmont partisan.");
        assertThat(only(found, "Velmont").name()).isEqualTo("Richard Velmont");
        assertThat(only(found, "Velmont").variants().get(0)).isEqualTo("Richard Velmont");
    }

    @Test
    void aFaithsOrTheWestsAdjectiveOrAMonthsPluralIsNoName() {
        // written for this test (issue 5, twenty-second round): "Muslim" and "Western" alone (DUC 2003 d30005t, d30051t) and
        // "Novembers" (d31010t) had been names
        List<Entity> found = resolve("Leaders of the Muslim community met Western diplomats in Varna. It was one of the coldest"
                + " Novembers in Ostmark.");
        assertThat(found).flatExtracting(Entity::variants).contains("Varna", "Ostmark")
                .doesNotContain("Muslim", "Western", "Novembers");
    }

    @Test
    void aPeoplesWordOfTwoWordsIsNoName() {
        // written for this test (issue 5, twenty-second round): "East Timorese" (DUC 2003 d30034t, typed a place) and "New
        // Zealander" (d30056t) had been names
        // "the Eastern Caribbean" (d31028t) stays a place
        List<Entity> found = resolve("East Timorese marched in Varna on Sunday. A New Zealander was among the marchers."
                + " Storms hit the Eastern Caribbean.");
        assertThat(found).flatExtracting(Entity::variants).contains("Varna", "Eastern Caribbean")
                .doesNotContain("East Timorese", "New Zealander");
    }

    @Test
    void anAirlinesAcronymReadsAirAndLines() {
        // written for this test (issue 5, twenty-second round): "PAL" (DUC 2003 d31041t, 92 mentions) had stayed apart from
        // "Philippine Airlines"
        List<Entity> found = resolve("Tarvic Airlines cut its flights to Varna. Analysts said TAL would sell two jets, and"
                + " TAL cut fares.");
        assertThat(only(found, "TAL").variants()).contains("Tarvic Airlines");
    }

    @Test
    void aPersonWithNoNameOfTwoWordsIsShownByTheLongFullName() {
        // written for this test (issue 5, twenty-second round): "Ahmed (also written Mustafa Mahmoud Said Ahmed)" (DUC 2003
        // d30005t, d31038t) had been shown by the surname
        List<Entity> found = resolve("Tarvo Mahmud Velik Ostrani was arrested in Varna. Police said Ostrani fled twice. His"
                + " lawyer said Ostrani would appeal, and Ostrani said he was innocent.");
        assertThat(only(found, "Ostrani").name()).isEqualTo("Tarvo Mahmud Velik Ostrani");
    }
}
