package com.mgsleep.kb.web.fragment;

/**
 * A link as a page prints it.
 *
 * @param url the address
 * @param text the link text
 */
public record Link(String url, String text) {

}
