/**
 * Topics readers browse and search by.
 */
package com.mgsleep.kb.topic;
