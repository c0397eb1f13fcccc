/**
 * The outcome pages: {@code /outcomes}, each outcome's evidence table with its plot, the
 * summary of findings at {@code /evidence}, and their JSON.
 */
package com.mgsleep.kb.web.outcome;
