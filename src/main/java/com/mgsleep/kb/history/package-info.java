/**
 * What changed in a claim or an article: the editors' dated notes in the content, and the
 * revisions of its file where the content folder is a git working copy.
 */
package com.mgsleep.kb.history;
