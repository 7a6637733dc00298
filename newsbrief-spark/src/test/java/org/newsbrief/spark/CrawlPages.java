package org.newsbrief.spark;

import java.util.List;

/** Pages for the WARCs the tests write: three reports of one siege story and one unrelated page. */
final class CrawlPages {

    private CrawlPages() {
    }

    static List<String[]> siegeStory() {
        return List.of(
                TestInputs.page("https://www.reuters-example.com/aleppo-1", "Thousands flee east Aleppo as offensive advances",
                        "2016-11-28",
                        "Thousands of civilians fled the besieged eastern districts of Aleppo on Sunday as government forces advanced, monitors said.",
                        "The Syrian Observatory for Human Rights said 10,000 people had fled east Aleppo since Saturday.",
                        "About 250,000 people remain trapped in the rebel-held east of the city under a siege that began in July."),
                TestInputs.page("https://www.bbc-example.com/aleppo-2", "Aleppo offensive: civilians flee besieged east",
                        "2016-11-28",
                        "Government forces seized the Hanano district of east Aleppo, the largest rebel loss in the city since 2012.",
                        "Some 275,000 people are believed to be trapped in the besieged eastern districts of Aleppo.",
                        "Thousands of civilians fled east Aleppo towards the Kurdish-held Sheikh Maqsoud district on Sunday."),
                TestInputs.page("https://www.aljazeera-example.com/aleppo-3", "Syrian army takes Hanano district of Aleppo",
                        "2016-11-27",
                        "The Syrian army and its allies captured the Hanano housing district in east Aleppo on Saturday.",
                        "Rebels said air strikes and shelling had killed dozens of civilians in the besieged east of Aleppo.",
                        "The United Nations said about 250,000 people were trapped in east Aleppo without food or medicine."),
                TestInputs.page("https://www.example-sport.com/final", "Local team wins the cup final", "2016-11-27",
                        "The home side won the cup final by three goals to one in front of a crowd of 40,000 supporters.",
                        "The captain scored twice in the second half before the visitors pulled one goal back late."));
    }
}
