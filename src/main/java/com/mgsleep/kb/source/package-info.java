/**
 * Sources: the web articles the knowledge base started from, with the claims they make.
 */
package com.mgsleep.kb.source;
