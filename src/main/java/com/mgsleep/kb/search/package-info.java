/**
 * Full-text search over claims, articles, references, forms and topics: a Lucene index
 * built from the imported model at startup, with stemming, editor-maintained synonyms,
 * typo tolerance, phrases, facets and highlighted snippets.
 */
package com.mgsleep.kb.search;
