package com.mgsleep.kb.vocabulary;

/**
 * What a study measured about sleep: the closed list every study result names, so that a
 * claim about an outcome can be checked against every study that measured it. Each
 * outcome belongs to the topic whose page shows its evidence table.
 */
public enum Outcome implements SlugEnum {

	TIME_TO_FALL_ASLEEP("Time to fall asleep", "falling-asleep",
			"How long it takes to fall asleep (sleep-onset latency), from sleep diaries or the sleep laboratory."),
	TOTAL_SLEEP_TIME("Total sleep time", "staying-asleep",
			"How long people sleep in a night, including how often they sleep less than 7 hours."),
	SLEEP_EFFICIENCY("Sleep efficiency", "staying-asleep", "The share of the time in bed spent asleep."),
	NIGHT_WAKING("Night waking", "staying-asleep",
			"Waking during the night or too early in the morning, and arousals measured in the laboratory."),
	SLEEP_QUALITY("Self-rated sleep quality", "sleep-quality",
			"How well people say they sleep, on questionnaires such as the Pittsburgh Sleep Quality Index (PSQI)."),
	INSOMNIA_SEVERITY("Insomnia severity", "insomnia",
			"How severe insomnia is, on scales such as the Insomnia Severity Index (ISI, 0-28)."),
	SLEEP_STAGES("Sleep stages (polysomnography)", "sleep-stages",
			"Time in deep (slow-wave) and REM sleep, measured by polysomnography in a sleep laboratory."),
	TRACKER_SCORES("Sleep-tracker scores", "sleep-stages",
			"Scores from a consumer sleep tracker such as a ring, which estimate sleep but do not measure it."),
	DAYTIME_SLEEPINESS("Daytime sleepiness", "next-day-energy",
			"Sleepiness and tiredness during the day, on scales such as the Epworth Sleepiness Scale."),
	RESTLESS_LEGS("Restless legs symptoms", "restless-legs",
			"The severity of restless legs syndrome and periodic limb movements in sleep.");

	private final String label;

	private final String topic;

	private final String description;

	Outcome(String label, String topic, String description) {
		this.label = label;
		this.topic = topic;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	/** The slug of the topic whose page shows this outcome's evidence table. */
	public String getTopic() {
		return this.topic;
	}

	public String getDescription() {
		return this.description;
	}

	public static Outcome fromSlug(String slug) {
		return SlugEnum.fromSlug(Outcome.class, slug);
	}

}
