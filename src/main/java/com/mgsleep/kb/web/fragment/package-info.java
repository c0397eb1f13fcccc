/**
 * What several pages show alike: verdict, certainty and status badges, claim cards,
 * reference lines and links, as immutable view records.
 */
package com.mgsleep.kb.web.fragment;
