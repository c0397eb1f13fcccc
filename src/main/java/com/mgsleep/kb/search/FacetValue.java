package com.mgsleep.kb.search;

/**
 * One value of a facet with how many results carry it.
 *
 * @param value the slug or key used in the URL
 * @param label what a reader sees
 * @param count how many results carry it
 * @param selected whether the current search filters on it
 */
public record FacetValue(String value, String label, int count, boolean selected) {

}
