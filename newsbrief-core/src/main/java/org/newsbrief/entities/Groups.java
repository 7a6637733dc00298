package org.newsbrief.entities;

/** What the brief's writers may ask of a name's kind beyond its {@link EntityType}. Stateless. */
public final class Groups {

    private Groups() {
    }

    /**
     * Whether a single word is a people's, faith's or party's plural ("Spaniards", "Jews", "Catholics"),
     * which the resolver types {@link EntityType#ORGANIZATION} for want of a group type ({@link TypeCues#peoplesPlural}).
     */
    public static boolean isPeoplesPlural(String name) {
        return name.indexOf(' ') < 0 && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && TypeCues.peoplesPlural(name);
    }
}
