package com.mgsleep.kb.web.fragment;

/**
 * One choice of a filter.
 *
 * @param value the value sent in the query string
 * @param label what a reader sees
 */
public record Option(String value, String label) {

}
