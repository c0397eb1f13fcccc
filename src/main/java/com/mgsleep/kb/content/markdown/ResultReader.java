package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.EffectMeasure;
import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * Reads a reference's {@code results:} list, one entry per outcome a study measured,
 * checking that every number is a number and that each interval holds its estimate.
 */
final class ResultReader {

	static final Set<String> KEYS = Set.of("outcome", "direction", "finding", "effect", "value", "ci", "unit", "p",
			"participants", "population");

	private static final Pattern NUMBER = Pattern.compile("[-\u2212]?\\d+(\\.\\d+)?");

	private static final Pattern INTERVAL = Pattern
		.compile("([-\u2212]?\\d+(?:\\.\\d+)?)\\s+to\\s+([-\u2212]?\\d+(?:\\.\\d+)?)");

	private static final Pattern P_VALUE = Pattern.compile("[<>=]?\\s*(0?\\.\\d+|1(\\.0+)?)");

	private ResultReader() {
	}

	static List<ParsedResult> read(YamlFields reference, SourceFile file, Problems problems) {
		YamlValue value = reference.raw("results");
		if (value == null) {
			return List.of();
		}
		if (!value.isList()) {
			problems.add(file.path(), value.line(), "`results` must be a list of results, one per outcome");
			return List.of();
		}
		List<ParsedResult> results = new ArrayList<>();
		for (YamlValue entry : value.list()) {
			YamlFields fields = YamlFields.of(entry, "a result", file.path(), KEYS, problems);
			if (fields != null) {
				results.add(result(fields, file, problems));
			}
		}
		return List.copyOf(results);
	}

	private static ParsedResult result(YamlFields f, SourceFile file, Problems problems) {
		SourceLine at = file.at(f.line("outcome"));
		String outcome = f.oneOf("outcome", Vocabulary.OUTCOMES, true);
		String direction = f.oneOf("direction", Vocabulary.DIRECTIONS, true);
		String finding = f.required("finding");
		String measure = f.oneOf("effect", Vocabulary.EFFECT_MEASURES, false);
		Double value = number(f, "value", problems);
		double[] interval = interval(f, problems);
		String unit = f.optional("unit");
		String p = pValue(f, problems);
		checkEffect(f, measure, value, interval, unit, problems);
		return new ParsedResult(at, outcome, direction, finding, measure, value,
				(interval != null) ? interval[0] : null, (interval != null) ? interval[1] : null, unit, p,
				f.integer("participants"), f.optional("population"));
	}

	/**
	 * A number without a measure cannot be read, a ratio cannot be zero or less, an
	 * interval must hold its estimate, and a difference needs its unit.
	 */
	private static void checkEffect(YamlFields f, String measure, Double value, double[] interval, String unit,
			Problems problems) {
		String at = "result on line " + f.line("outcome");
		if (measure == null) {
			if (value != null || interval != null || unit != null) {
				problems.add(f.file(), f.line("value"), "a " + at + " gives a number but no `effect`; say what it is ("
						+ String.join(", ", Vocabulary.EFFECT_MEASURES) + ")");
			}
			return;
		}
		if (!Vocabulary.EFFECT_MEASURES.contains(measure)) {
			return;
		}
		EffectMeasure effect = SlugEnum.fromSlug(EffectMeasure.class, measure);
		if (value == null) {
			problems.add(f.file(), f.line("effect"), "`effect: " + measure + "` needs its `value`");
			return;
		}
		if (effect.isRatio() && (value <= 0 || (interval != null && interval[0] <= 0))) {
			problems.add(f.file(), f.line("value"), "an odds ratio and its interval must be above 0");
		}
		if (interval != null && (value < interval[0] || value > interval[1])) {
			problems.add(f.file(), f.line("ci"), "the confidence interval " + f.optional("ci")
					+ " does not contain the estimate " + f.optional("value"));
		}
		if (effect == EffectMeasure.MEAN_DIFFERENCE && (unit == null || unit.isBlank())) {
			problems.add(f.file(), f.line("effect"), "a mean difference needs its `unit`, such as `min` or `points`");
		}
		if (effect.isRatio() && unit != null) {
			problems.add(f.file(), f.line("unit"), "an odds ratio has no unit");
		}
	}

	private static Double number(YamlFields f, String key, Problems problems) {
		String text = f.optional(key);
		if (text == null) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problems.add(f.file(), f.line(key), "`" + key + "` must be a number such as `-17.36`, not `" + text + "`");
			return null;
		}
		return Double.valueOf(text.replace('\u2212', '-'));
	}

	/** {@code ci: -27.27 to -7.44}, the 95% confidence interval, low end first. */
	private static double[] interval(YamlFields f, Problems problems) {
		String text = f.optional("ci");
		if (text == null) {
			return null;
		}
		Matcher matcher = INTERVAL.matcher(text);
		if (!matcher.matches()) {
			problems.add(f.file(), f.line("ci"),
					"`ci` must be a 95% confidence interval such as `-27.27 to -7.44`, not `" + text + "`");
			return null;
		}
		double low = Double.parseDouble(matcher.group(1).replace('\u2212', '-'));
		double high = Double.parseDouble(matcher.group(2).replace('\u2212', '-'));
		if (low > high) {
			problems.add(f.file(), f.line("ci"), "`ci` " + text + " must give the low end first");
			return null;
		}
		return new double[] { low, high };
	}

	private static String pValue(YamlFields f, Problems problems) {
		String text = f.optional("p");
		if (text != null && !P_VALUE.matcher(text).matches()) {
			problems.add(f.file(), f.line("p"),
					"`p` must be a p value between 0 and 1 such as `0.02` or `<0.05`, not `" + text + "`");
			return null;
		}
		return text;
	}

}
