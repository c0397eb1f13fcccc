/**
 * Citations: the studies, reviews, reports and web articles the knowledge base cites.
 */
package com.mgsleep.kb.citation;
