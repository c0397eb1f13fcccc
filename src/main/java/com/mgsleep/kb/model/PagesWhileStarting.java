package com.mgsleep.kb.model;

/**
 * Registered, before any bean is made, when the web server answers prepared pages of this
 * very content and build while the application starts: then the start need not wait for
 * the content check (it passed on these files before), and the web server need not wait
 * for the ORM.
 *
 * @param pages how many pages are answered meanwhile
 */
public record PagesWhileStarting(int pages) {
}
