/**
 * The closed lists editors write in content and readers see on pages, as enums shared by
 * the parser, the model and the pages; pure Java.
 */
package com.mgsleep.kb.vocabulary;
