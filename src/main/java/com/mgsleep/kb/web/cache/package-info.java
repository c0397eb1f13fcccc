/**
 * Prepared pages: every page that depends only on the content is rendered once and then
 * answered from memory, compressed, with a strong ETag.
 */
package com.mgsleep.kb.web.cache;
