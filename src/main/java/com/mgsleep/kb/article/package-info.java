/**
 * Editorial articles, rendered to HTML once at import.
 */
package com.mgsleep.kb.article;
