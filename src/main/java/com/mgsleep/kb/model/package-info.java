/**
 * Small building blocks shared by the feature packages.
 */
package com.mgsleep.kb.model;
