package com.mgsleep.kb.web.dosage;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;

/**
 * Coordinates for the two server-rendered SVG charts on {@code /dosages}: each source's
 * recommended range against the adult RDA and upper limit, and the recommended timing
 * before bed. Computed here so the template only draws.
 *
 * @param doseBars one bar per recommended range
 * @param timingBars one bar per recommended timing window
 * @param doseTicks x-axis ticks for mg
 * @param timingTicks x-axis ticks for minutes
 * @param upperLimitX x of the adult upper limit line
 * @param rdaFromX x where the adult RDA band starts
 * @param rdaToX x where it ends
 * @param doseHeight the dose chart's height
 * @param timingHeight the timing chart's height
 * @param summary a text alternative for both charts
 */
record DosageCharts(List<Bar> doseBars, List<Bar> timingBars, List<Tick> doseTicks, List<Tick> timingTicks,
		double upperLimitX, double rdaFromX, double rdaToX, int doseHeight, int timingHeight, String summary) {

	static final int LEFT = 230;

	static final int WIDTH = 560;

	static final int ROW = 28;

	static final int TOP = 30;

	private static final double MAX_MG = 600;

	private static final double MAX_MINUTES = 180;

	static DosageCharts of(List<Dosage> recommended, DosageFacts facts) {
		double upperLimit = facts.adultUpperLimit();
		double rdaMin = facts.adultRdaMin();
		double rdaMax = facts.adultRdaMax();
		List<Dosage> timed = recommended.stream().filter((dosage) -> dosage.getMinMinutesBeforeBed() != null).toList();
		List<Bar> doseBars = IntStream.range(0, recommended.size()).mapToObj((i) -> {
			Dosage dosage = recommended.get(i);
			return new Bar(label(dosage) + ": " + dosage.getAmountText(), mg(dosage.getMinMg()),
					Math.max(3, mg(dosage.getMaxMg()) - mg(dosage.getMinMg())), TOP + i * ROW,
					dosage.getMaxMg() > upperLimit);
		}).toList();
		List<Bar> timingBars = IntStream.range(0, timed.size()).mapToObj((i) -> {
			Dosage dosage = timed.get(i);
			double from = minutes(dosage.getMaxMinutesBeforeBed());
			double to = minutes(dosage.getMinMinutesBeforeBed());
			return new Bar(label(dosage) + ": " + dosage.getTimingText(), from, Math.max(3, to - from), TOP + i * ROW,
					false);
		}).toList();
		List<Tick> doseTicks = IntStream.rangeClosed(0, 6)
			.mapToObj((i) -> new Tick(mg(i * 100), i * 100 + " mg"))
			.toList();
		List<Tick> timingTicks = IntStream.rangeClosed(0, 6)
			.mapToObj((i) -> new Tick(minutes(180 - i * 30), (180 - i * 30) + " min"))
			.toList();
		long over = doseBars.stream().filter(Bar::over).count();
		String summary = String.format(Locale.ROOT,
				"%d recommended ranges; %d reach above the adult upper limit of %.0f mg a day for supplements. The adult"
						+ " RDA, which counts food too, is %.0f-%.0f mg a day. %d timing recommendations, from %s.",
				doseBars.size(), over, upperLimit, rdaMin, rdaMax, timingBars.size(),
				String.join("; ", timingBars.stream().map(Bar::label).toList()));
		return new DosageCharts(doseBars, timingBars, doseTicks, timingTicks, mg(upperLimit), mg(rdaMin), mg(rdaMax),
				TOP + Math.max(1, doseBars.size()) * ROW + 30, TOP + Math.max(1, timingBars.size()) * ROW + 30,
				summary);
	}

	private static String label(Dosage dosage) {
		return dosage.getCitations().stream().map(Citation::getLabel).findFirst().orElse("Unknown source");
	}

	private static double mg(double value) {
		return LEFT + Math.min(value, MAX_MG) / MAX_MG * WIDTH;
	}

	/** Bedtime is at the right edge; earlier times lie further left. */
	private static double minutes(double beforeBed) {
		return LEFT + (MAX_MINUTES - Math.min(beforeBed, MAX_MINUTES)) / MAX_MINUTES * WIDTH;
	}

	public int getRight() {
		return LEFT + WIDTH;
	}

	public int getLeft() {
		return LEFT;
	}

	/**
	 * A horizontal bar.
	 *
	 * @param label the row label
	 * @param x the left edge
	 * @param width the width
	 * @param y the top edge
	 * @param over whether it reaches above the upper limit
	 */
	record Bar(String label, double x, double width, double y, boolean over) {
	}

	/**
	 * An axis tick.
	 *
	 * @param x the position
	 * @param label the text
	 */
	record Tick(double x, String label) {
	}

}
