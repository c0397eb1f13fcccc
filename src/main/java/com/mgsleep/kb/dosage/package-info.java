/**
 * Dosages: stated amounts of elemental magnesium per day.
 */
package com.mgsleep.kb.dosage;
