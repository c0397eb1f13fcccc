/**
 * Claims: statements about magnesium and sleep with their verdicts and cited references.
 */
package com.mgsleep.kb.claim;
