package org.newsbrief.testing;

import java.util.ArrayList;
import java.util.List;

/** Hand-made sentences of news stories, for tests that split or keep stories. */
public final class StoryTexts {

    private StoryTexts() {
    }

    /** The two episodes of one story (the fall of east Aleppo): first the shelling, then the evacuation. */
    public static final String[] SHELLING = {
        "Government forces shelled the rebel districts of east Aleppo and pushed into Masaken Hanano.",
        "Air strikes hit the besieged east of Aleppo as the army advanced on the rebel districts.",
        "Rebels in east Aleppo said the shelling of Hanano and Sakhour went on through the night.",
        "Thousands of civilians fled the fighting in east Aleppo as government forces took Sakhour.",
        "The army said it had retaken a third of the rebel districts of east Aleppo.",
        "Hospitals in besieged east Aleppo were hit by shelling, rescue workers said."};
    public static final String[] EVACUATION = {
        "Buses began evacuating rebels and civilians from the last besieged districts of east Aleppo.",
        "Government forces halted the evacuation of east Aleppo and stopped the convoy of buses.",
        "Thousands of civilians who fled the shelling waited for buses to leave the rebel districts of Aleppo.",
        "The Red Cross said the evacuation of civilians from besieged east Aleppo had resumed.",
        "Rebels and their families left east Aleppo on green buses as government forces took the districts.",
        "The last buses left the besieged rebel districts of east Aleppo after weeks of shelling."};
    /** Another story altogether. */
    public static final String[] QUAKE = {
        "A strong earthquake struck Haiti near Port-au-Prince and collapsed the presidential palace.",
        "Rescuers searched the rubble of Port-au-Prince for survivors of the Haiti earthquake.",
        "The earthquake in Haiti killed thousands, and aid flights landed in Port-au-Prince.",
        "Aftershocks shook Port-au-Prince as survivors of the quake slept in the streets of Haiti.",
        "Doctors treated the injured of the Haiti earthquake in tents near the airport.",
        "The United Nations said the earthquake had left a million people in Haiti homeless."};

    /**
     * Two similar events told in nearly the same words (as ECB+ topic 1 pairs two rehab check-ins):
     * an actress checks into rehab, told of two actresses and two clinics.
     */
    public static final String[] REID_REHAB = {
        "Actress Tara Reid checked into rehab at the Promises clinic in Malibu, her publicist said.",
        "Tara Reid entered the Promises treatment center for an unspecified problem, People magazine reported.",
        "The actress arrived at Promises in Malibu on Friday, a spokesman for Reid confirmed.",
        "Reid asked fans to respect her privacy while she stays at the clinic for treatment.",
        "Friends of Tara Reid said the actress had been struggling before she checked into rehab.",
        "The Promises clinic in Malibu declined to comment on Reid and her treatment."};
    /** The other event of {@link #REID_REHAB}. */
    public static final String[] LOHAN_REHAB = {
        "Actress Lindsay Lohan checked into rehab at the Betty Ford clinic in Rancho Mirage, her lawyer said.",
        "Lindsay Lohan entered the Betty Ford treatment center for an unspecified problem, People magazine reported.",
        "The actress arrived at Betty Ford in Rancho Mirage on Friday, a spokesman for Lohan confirmed.",
        "Lohan asked fans to respect her privacy while she stays at the clinic for treatment.",
        "Friends of Lindsay Lohan said the actress had been struggling before she checked into rehab.",
        "The Betty Ford clinic in Rancho Mirage declined to comment on Lohan and her treatment."};

    /** Six article texts from a pool of six sentences: article a holds sentences a, a + 1 and a + 3 (rotating). */
    public static List<String> articles(String[] pool) {
        List<String> texts = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            texts.add(pool[a] + " " + pool[(a + 1) % pool.length] + " " + pool[(a + 3) % pool.length]);
        }
        return texts;
    }
}
