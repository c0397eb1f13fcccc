/**
 * Cross-cutting web concerns: the home page, security headers, caching and error
 * handling.
 */
package com.mgsleep.kb.web;
