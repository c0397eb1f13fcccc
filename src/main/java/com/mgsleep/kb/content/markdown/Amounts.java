package com.mgsleep.kb.content.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts ({@code 200-400 mg/day}) and timings ({@code 30-60 min before bed}).
 */
final class Amounts {

	/** Milligrams of magnesium in one millimole. */
	static final double MG_PER_MMOL = 24.305;

	/** The largest daily amount accepted, in mg of elemental magnesium. */
	static final double MAX_AMOUNT_MG = 5000;

	/** The longest timing before bed that makes sense, in minutes. */
	static final int MAX_TIMING_MINUTES = 24 * 60;

	private static final Pattern AMOUNT = Pattern
		.compile("(\\d+(?:\\.\\d+)?)(?:\\s*[-\u2013]\\s*(\\d+(?:\\.\\d+)?))?\\s*([a-zA-Z\u00b5]+)\\s*/\\s*([a-z]+)");

	private static final Pattern TIMING = Pattern
		.compile("(\\d+(?:\\.\\d+)?)(?:\\s*[-\u2013]\\s*(\\d+(?:\\.\\d+)?))?\\s*([a-z]+)\\s+before\\s+bed");

	private Amounts() {
	}

	/**
	 * Reads an amount.
	 * @return {@code [min, max]} in mg per day, or {@code null} after reporting an error
	 */
	static double[] amount(String text, SourceLine at, Problems problems) {
		Matcher matcher = AMOUNT.matcher(text.strip());
		if (!matcher.matches()) {
			problems.add(at, "cannot read amount `" + text.strip()
					+ "`; write a number or range with a unit per day, such as `300 mg/day` or `200-400 mg/day`");
			return null;
		}
		double factor = switch (matcher.group(3).toLowerCase(Locale.ROOT)) {
			case "mg" -> 1;
			case "g" -> 1000;
			case "mmol" -> MG_PER_MMOL;
			default -> -1;
		};
		if (factor < 0) {
			problems.add(at, "unknown unit `" + matcher.group(3) + "` in amount `" + text.strip()
					+ "`; use mg, g or mmol (of elemental magnesium)");
			return null;
		}
		if (!matcher.group(4).equals("day") && !matcher.group(4).equals("d")) {
			problems.add(at,
					"amount `" + text.strip() + "` must be per day (`/day`), not per `" + matcher.group(4) + "`");
			return null;
		}
		return plausible(range(matcher, factor, text, at, problems), text, at, problems);
	}

	/**
	 * Reads a timing before bed.
	 * @return {@code [min, max]} in minutes, or {@code null} after reporting an error
	 */
	static int[] timing(String text, SourceLine at, Problems problems) {
		Matcher matcher = TIMING.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			problems.add(at, "cannot read timing `" + text.strip()
					+ "`; write for example `30-60 min before bed` or `1-2 h before bed`, or leave it empty");
			return null;
		}
		double factor = switch (matcher.group(3)) {
			case "min", "mins", "minute", "minutes" -> 1;
			case "h", "hour", "hours" -> 60;
			default -> -1;
		};
		if (factor < 0) {
			problems.add(at, "unknown unit `" + matcher.group(3) + "` in timing `" + text.strip() + "`; use min or h");
			return null;
		}
		double[] range = range(matcher, factor, text, at, problems);
		if (range == null) {
			return null;
		}
		if (range[1] > MAX_TIMING_MINUTES) {
			problems.add(at, "timing `" + text.strip() + "` is more than 24 h before bed");
			return null;
		}
		return new int[] { (int) Math.round(range[0]), (int) Math.round(range[1]) };
	}

	private static double[] range(Matcher matcher, double factor, String text, SourceLine at, Problems problems) {
		double min = Double.parseDouble(matcher.group(1)) * factor;
		double max = (matcher.group(2) != null) ? Double.parseDouble(matcher.group(2)) * factor : min;
		if (min > max) {
			problems.add(at,
					"range `" + text.strip() + "` has its minimum above its maximum; write the smaller number first");
			return null;
		}
		return new double[] { Math.round(min * 10) / 10.0, Math.round(max * 10) / 10.0 };
	}

	/**
	 * An amount outside these bounds is a typo, not a dose: no source or trial here comes
	 * near 5 g of elemental magnesium a day.
	 */
	private static double[] plausible(double[] mg, String text, SourceLine at, Problems problems) {
		if (mg == null) {
			return null;
		}
		if (mg[0] <= 0) {
			problems.add(at, "amount `" + text.strip() + "` must be more than 0 mg/day");
			return null;
		}
		if (mg[1] > MAX_AMOUNT_MG) {
			problems.add(at, "amount `" + text.strip() + "` is more than " + (int) MAX_AMOUNT_MG
					+ " mg/day of elemental magnesium; check the number and the unit");
			return null;
		}
		return mg;
	}

}
