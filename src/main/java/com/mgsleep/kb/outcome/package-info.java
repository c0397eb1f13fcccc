/**
 * Study results per sleep outcome and the summary of findings worked out from them.
 */
package com.mgsleep.kb.outcome;
