/**
 * Magnesium forms, such as glycinate, citrate and oxide.
 */
package com.mgsleep.kb.form;
