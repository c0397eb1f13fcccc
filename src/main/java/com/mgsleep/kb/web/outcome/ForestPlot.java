package com.mgsleep.kb.web.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.mgsleep.kb.outcome.Effect;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.vocabulary.EffectMeasure;

/**
 * A forest-plot-like picture of the results that give a number: one panel per kind of
 * number (a difference in minutes, an odds ratio), each estimate a mark and each 95%
 * confidence interval a line. Positions are percentages of the track, and the scale is
 * symmetric about the line of no difference, which therefore sits in the middle: the axis
 * labels are HTML at the left edge, the middle and the right edge, so nothing is SVG text
 * stretched with the drawing, and the picture reads at any width. Ratios are drawn on a
 * log scale, where 0.5 and 2 are equally far from 1.
 *
 * @param panels one per kind of number
 * @param summary the text alternative: every plotted result in words
 */
public record ForestPlot(List<Panel> panels, String summary) {

	/** Room left at each end of the track, in percent, so a mark at the edge shows. */
	static final double MARGIN = 6;

	static ForestPlot of(List<StudyResult> results) {
		Map<String, List<StudyResult>> byKind = new LinkedHashMap<>();
		results.stream()
			.filter((result) -> result.getEffect() != null && result.getEffect().measure() != null
					&& result.getEffect().estimate() != null)
			.forEach((result) -> byKind.computeIfAbsent(kind(result.getEffect()), (key) -> new ArrayList<>())
				.add(result));
		List<Panel> panels = byKind.entrySet()
			.stream()
			.map((entry) -> panel(entry.getKey(), entry.getValue()))
			.toList();
		List<String> sentences = panels.stream()
			.flatMap((panel) -> panel.points().stream().map((point) -> point.label() + ": " + point.text()))
			.toList();
		return new ForestPlot(panels,
				sentences.isEmpty() ? "" : "Plotted results. " + String.join(". ", sentences) + ".");
	}

	public boolean isEmpty() {
		return this.panels.isEmpty();
	}

	private static String kind(Effect effect) {
		return effect.measure().getLabel() + ((effect.unit() != null) ? ", " + effect.unit() : "")
				+ (effect.measure().isRatio() ? " (log scale)" : "");
	}

	static Panel panel(String title, List<StudyResult> results) {
		EffectMeasure measure = results.get(0).getEffect().measure();
		double centre = scaled(measure, measure.noEffect());
		double half = results.stream()
			.map(StudyResult::getEffect)
			.flatMap((effect) -> Stream.of(effect.estimate(), effect.low(), effect.high()))
			.filter(Objects::nonNull)
			.mapToDouble((value) -> Math.abs(scaled(measure, value) - centre))
			.max()
			.orElse(0);
		double halfRange = (half > 0) ? half : 1;
		List<Point> points = results.stream().map((result) -> point(result, measure, centre, halfRange)).toList();
		// the track's edges lie beyond the farthest value by the margin
		double edge = halfRange * 50 / (50 - MARGIN);
		return new Panel(title, label(measure, centre - edge), EffectText.number(measure.noEffect()),
				label(measure, centre + edge), points);
	}

	private static Point point(StudyResult result, EffectMeasure measure, double centre, double halfRange) {
		Effect effect = result.getEffect();
		Double from = effect.hasInterval() ? at(scaled(measure, effect.low()), centre, halfRange) : null;
		Double to = effect.hasInterval() ? at(scaled(measure, effect.high()), centre, halfRange) : null;
		String label = result.getCitation().getLabel()
				+ ((result.getPopulation() != null) ? " (" + result.getPopulation() + ")" : "");
		return new Point(label, EffectText.of(effect), at(scaled(measure, effect.estimate()), centre, halfRange), from,
				to);
	}

	/** Where a scaled value sits on the track, in percent, between the margins. */
	static double at(double scaled, double centre, double halfRange) {
		double fraction = (scaled - centre) / halfRange;
		return hundredths(50 + fraction * (50 - MARGIN));
	}

	private static double scaled(EffectMeasure measure, double value) {
		return measure.isRatio() ? Math.log10(value) : value;
	}

	/** The value at an edge of the track, in two significant digits. */
	private static String label(EffectMeasure measure, double scaled) {
		double value = measure.isRatio() ? Math.pow(10, scaled) : scaled;
		return EffectText.number(new BigDecimal(value).round(new MathContext(2)).doubleValue());
	}

	private static double hundredths(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * One kind of number.
	 *
	 * @param title what the numbers are, such as "Mean difference, min"
	 * @param left the value at the left edge
	 * @param middle the value of no difference, in the middle
	 * @param right the value at the right edge
	 * @param points one per result
	 */
	public record Panel(String title, String left, String middle, String right, List<Point> points) {

	}

	/**
	 * One result on the track.
	 *
	 * @param label the study, and the group when not all of it
	 * @param text the numbers in words
	 * @param at the estimate, in percent of the track
	 * @param from the interval's low end, or {@code null} without an interval
	 * @param to its high end
	 */
	public record Point(String label, String text, double at, Double from, Double to) {

		public boolean hasInterval() {
			return this.from != null;
		}

	}

}
