/**
 * Magnesium &amp; Sleep Evidence: an evidence-linked knowledge base about magnesium and
 * sleep.
 */
package com.mgsleep.kb;
