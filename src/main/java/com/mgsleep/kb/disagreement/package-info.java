/**
 * Points where sources disagree, each position a claim.
 */
package com.mgsleep.kb.disagreement;
