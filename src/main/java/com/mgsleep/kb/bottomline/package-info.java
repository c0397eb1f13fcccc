/**
 * The direct answers that open the home page, every topic and every form.
 */
package com.mgsleep.kb.bottomline;
