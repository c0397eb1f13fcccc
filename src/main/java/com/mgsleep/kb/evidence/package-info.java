/**
 * Evidence analysis as pure functions over small records: grading claims, flagging
 * evidence that does not fit the claim, checking doses against reference values and
 * finding sources that disagree. Nothing here knows Spring or the database.
 */
package com.mgsleep.kb.evidence;
