package org.newsbrief.entities;

/** What kind of thing a name names. */
public enum EntityType { PERSON, LOCATION, ORGANIZATION, OTHER }
