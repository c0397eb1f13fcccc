package com.mgsleep.kb.vocabulary;

/**
 * How a study measured sleep: a consumer tracker's scores are not laboratory sleep
 * staging.
 */
public enum OutcomeMeasure implements SlugEnum {

	POLYSOMNOGRAPHY, QUESTIONNAIRE, CONSUMER_TRACKER

}
