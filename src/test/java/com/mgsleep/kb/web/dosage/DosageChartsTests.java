package com.mgsleep.kb.web.dosage;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DosageChartsTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	private final DosageFacts facts = new DosageFacts(350, 310, 420);

	@Test
	void ofThenRangesAndLimitsArePercentagesOfSixHundredMg() {
		DosageCharts charts = DosageCharts.of(List.of(recommended(150, 300)), this.facts);
		assertThat(charts.doseBars()).singleElement().satisfies((bar) -> {
			assertThat(bar.from()).isCloseTo(25, within(0.01));
			assertThat(bar.width()).isCloseTo(25, within(0.01));
			assertThat(bar.over()).isFalse();
		});
		assertThat(charts.upperLimit()).isCloseTo(350 / 6.0, within(0.01));
		assertThat(charts.rdaFrom()).isCloseTo(310 / 6.0, within(0.01));
		assertThat(charts.rdaWidth()).isCloseTo(110 / 6.0, within(0.01));
	}

	@Test
	void ofWhenDoseIsOneAmountOrOffTheScaleThenBarStaysVisibleInsideTheTrack() {
		DosageCharts charts = DosageCharts.of(List.of(recommended(300, 300), recommended(500, 900)), this.facts);
		assertThat(charts.doseBars().get(0).width()).isPositive();
		assertThat(charts.doseBars().get(1).over()).isTrue();
		assertThat(charts.doseBars()).allSatisfy((bar) -> {
			assertThat(bar.from()).isBetween(0.0, 100.0);
			assertThat(bar.from() + bar.width()).isLessThanOrEqualTo(100.0);
		});
	}

	@Test
	void ofThenTimingRunsBackwardsToBedtimeAtTheRightEdge() {
		Dosage timed = recommended(200, 400);
		timed.setTiming(30, 60, "30-60 min before bed");
		DosageCharts charts = DosageCharts.of(List.of(timed), this.facts);
		assertThat(charts.timingBars()).singleElement().satisfies((bar) -> {
			assertThat(bar.label()).endsWith(": 30-60 min before bed");
			assertThat(bar.from()).isCloseTo(200 / 3.0, within(0.01));
			assertThat(bar.width()).isCloseTo(50 / 3.0, within(0.01));
		});
		assertThat(charts.timingTicks()).extracting(DosageCharts.Tick::label)
			.containsExactly("180 min", "150 min", "120 min", "90 min", "60 min", "30 min", "0 min");
		assertThat(charts.doseTicks()).extracting(DosageCharts.Tick::at)
			.containsExactly(0.0, 16.67, 33.33, 50.0, 66.67, 83.33, 100.0);
	}

	@Test
	void ofWhenSourceGivesOneFigureForEveryAgeOfOneSexThenOneBarNamesTheSex() {
		Dosage young = recommended(Population.MEN_19_30, 400, 420);
		Dosage older = recommended(Population.MEN_51_PLUS, 400, 420);
		Dosage women = recommended(Population.WOMEN_31_50, 310, 320);
		DosageCharts charts = DosageCharts.of(List.of(young, older, women), this.facts);
		assertThat(charts.doseBars()).extracting(DosageCharts.Bar::label)
			.containsExactly("Magnesium <b>for</b> sleep, men: 400-420 mg/day",
					"Magnesium <b>for</b> sleep, women: 310-320 mg/day");
	}

	private Dosage recommended(double min, double max) {
		return recommended(Population.ADULTS, min, max);
	}

	private Dosage recommended(Population population, double min, double max) {
		Dosage dosage = new Dosage(population, DosagePurpose.SLEEP_SUPPORT, min, max,
				(min == max) ? (int) min + " mg/day" : (int) min + "-" + (int) max + " mg/day", null, "");
		dosage.addCitation(this.kb.blog);
		return dosage;
	}

}
