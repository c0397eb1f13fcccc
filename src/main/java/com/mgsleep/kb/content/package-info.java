/**
 * Reads the content folder at startup and imports it; fails the start, listing every
 * error with its file and line, when the content is broken.
 */
package com.mgsleep.kb.content;
