/**
 * Sources: the web articles the knowledge base started from, and how the claims they make
 * fare.
 */
package com.mgsleep.kb.source;
