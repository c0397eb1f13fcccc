package com.mgsleep.kb.web.dosage;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.vocabulary.Population;

/**
 * The two bar charts on {@code /dosages}: each source's recommended range against the
 * adult RDA and upper limit, and the recommended timing before bed. Positions are
 * percentages of the chart's width, so a chart fits any screen: its labels are HTML text
 * that wraps on a phone, never SVG text shrunk with the drawing or cut off at its edge.
 *
 * @param doseBars one bar per recommended range
 * @param timingBars one bar per recommended timing window
 * @param doseTicks the mg axis
 * @param timingTicks the minutes axis
 * @param upperLimit where the adult upper limit lies, in percent
 * @param rdaFrom where the adult RDA band starts, in percent
 * @param rdaWidth how wide it is, in percent
 * @param summary a text alternative for both charts
 */
record DosageCharts(List<Bar> doseBars, List<Bar> timingBars, List<Tick> doseTicks, List<Tick> timingTicks,
		double upperLimit, double rdaFrom, double rdaWidth, String summary) {

	private static final double MAX_MG = 600;

	private static final double MAX_MINUTES = 180;

	/**
	 * A bar narrower than this would vanish: a single dose such as 300 mg still shows.
	 */
	private static final double MIN_WIDTH = 0.6;

	static DosageCharts of(List<Dosage> recommended, DosageFacts facts) {
		double upperLimit = facts.adultUpperLimit();
		List<Bar> doseBars = recommended.stream()
			.map((dosage) -> Bar.between(label(dosage) + ": " + dosage.getAmountText(), mg(dosage.getMinMg()),
					mg(dosage.getMaxMg()), dosage.getMaxMg() > upperLimit))
			.distinct()
			.toList();
		List<Bar> timingBars = recommended.stream()
			.filter((dosage) -> dosage.getMinMinutesBeforeBed() != null)
			.map((dosage) -> Bar.between(label(dosage) + ": " + dosage.getTimingText(),
					minutes(dosage.getMaxMinutesBeforeBed()), minutes(dosage.getMinMinutesBeforeBed()), false))
			.distinct()
			.toList();
		long over = doseBars.stream().filter(Bar::over).count();
		String summary = String.format(Locale.ROOT,
				"%d recommended ranges; %d reach above the adult upper limit of %.0f mg a day for supplements. The adult"
						+ " RDA, which counts food too, is %.0f-%.0f mg a day. %d timing recommendations, from %s.",
				doseBars.size(), over, upperLimit, facts.adultRdaMin(), facts.adultRdaMax(), timingBars.size(),
				String.join("; ", timingBars.stream().map(Bar::label).toList()));
		return new DosageCharts(doseBars, timingBars, ticks(100, " mg", false), ticks(30, " min", true), mg(upperLimit),
				mg(facts.adultRdaMin()), hundredths(mg(facts.adultRdaMax()) - mg(facts.adultRdaMin())), summary);
	}

	/** Six equal steps; the timing axis runs backwards, bedtime at the right edge. */
	private static List<Tick> ticks(int step, String unit, boolean countingDown) {
		return IntStream.rangeClosed(0, 6)
			.mapToObj((i) -> new Tick(hundredths(i * 100.0 / 6), ((countingDown ? 6 - i : i) * step) + unit))
			.toList();
	}

	/**
	 * The source and, when it spoke of one sex, which: sources give one figure for men
	 * (or women) of every adult age, stored once per age band but drawn once.
	 */
	private static String label(Dosage dosage) {
		String source = dosage.getCitations().stream().map(Citation::getLabel).findFirst().orElse("Unknown source");
		Population population = dosage.getPopulation();
		if (population.isAdultBySex()) {
			return source + ((population.getColumn() == Population.Column.MALE) ? ", men" : ", women");
		}
		return (population == Population.ADULTS) ? source : source + ", " + population.getLabel().toLowerCase();
	}

	private static double mg(double value) {
		return hundredths(Math.min(value, MAX_MG) / MAX_MG * 100);
	}

	/** Finer than a pixel on any screen, and short in the page. */
	private static double hundredths(double percent) {
		return Math.round(percent * 100) / 100.0;
	}

	/** Bedtime is at the right edge; earlier times lie further left. */
	private static double minutes(double beforeBed) {
		return hundredths((MAX_MINUTES - Math.min(beforeBed, MAX_MINUTES)) / MAX_MINUTES * 100);
	}

	/**
	 * A horizontal bar.
	 *
	 * @param label the row label, with the figures it draws
	 * @param from the left edge, in percent
	 * @param width the width, in percent
	 * @param over whether it reaches above the upper limit
	 */
	record Bar(String label, double from, double width, boolean over) {

		static Bar between(String label, double from, double to, boolean over) {
			double width = hundredths(Math.max(MIN_WIDTH, to - from));
			return new Bar(label, hundredths(Math.min(from, 100 - width)), width, over);
		}

	}

	/**
	 * An axis tick.
	 *
	 * @param at its position, in percent
	 * @param label the text
	 */
	record Tick(double at, String label) {

		public boolean isFirst() {
			return this.at == 0;
		}

		public boolean isLast() {
			return this.at >= 100;
		}

	}

}
