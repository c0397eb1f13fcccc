package com.mgsleep.kb.dosage;

import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dosages}: the reference intakes, the upper limit, and every dose and timing the
 * sources recommend or the trials used, side by side.
 */
@Controller
class DosageController {

	private final DosageRepository dosages;

	DosageController(DosageRepository dosages) {
		this.dosages = dosages;
	}

	@GetMapping("/dosages")
	String showDosages(Model model) {
		Map<DosagePurpose, List<Dosage>> byPurpose = this.dosages.findAllInReadingOrder()
			.stream()
			.collect(Collectors.groupingBy(Dosage::getPurpose, () -> new EnumMap<>(DosagePurpose.class),
					Collectors.toList()));
		model.addAttribute("rdaRows", intakeTable(byPurpose.getOrDefault(DosagePurpose.RDA, List.of())));
		model.addAttribute("upperLimits", byPurpose.getOrDefault(DosagePurpose.UPPER_LIMIT, List.of()));
		model.addAttribute("recommended", byPurpose.getOrDefault(DosagePurpose.SLEEP_SUPPORT, List.of()));
		model.addAttribute("studyDoses", byPurpose.getOrDefault(DosagePurpose.STUDY_DOSE, List.of()));
		model.addAttribute("charts", charts(byPurpose));
		return "dosages/dosages";
	}

	private static DosageCharts charts(Map<DosagePurpose, List<Dosage>> byPurpose) {
		double upperLimit = byPurpose.getOrDefault(DosagePurpose.UPPER_LIMIT, List.of())
			.stream()
			.filter((dosage) -> dosage.getPopulation() == Population.ADULTS)
			.mapToDouble(Dosage::getMaxMg)
			.findFirst()
			.orElse(350);
		DoubleSummaryStatistics adultRdas = byPurpose.getOrDefault(DosagePurpose.RDA, List.of())
			.stream()
			.filter((dosage) -> dosage.getPopulation().name().matches("(MEN|WOMEN)_.*"))
			.mapToDouble(Dosage::getMaxMg)
			.summaryStatistics();
		return DosageCharts.of(byPurpose.getOrDefault(DosagePurpose.SLEEP_SUPPORT, List.of()), upperLimit,
				(adultRdas.getCount() > 0) ? adultRdas.getMin() : 310,
				(adultRdas.getCount() > 0) ? adultRdas.getMax() : 420);
	}

	/**
	 * Rows by age band, columns by sex, pregnancy and breastfeeding, as the official
	 * tables print it.
	 */
	private static List<IntakeRow> intakeTable(List<Dosage> rda) {
		Map<String, IntakeRow> rows = new LinkedHashMap<>();
		rda.stream().sorted(Comparator.comparing(Dosage::getPopulation)).forEach((dosage) -> {
			Population population = dosage.getPopulation();
			IntakeRow row = rows.computeIfAbsent(population.getAgeBand(), IntakeRow::new);
			switch (population.getColumn()) {
				case ALL -> {
					row.male = dosage.getAmountText();
					row.female = dosage.getAmountText();
				}
				case MALE -> row.male = dosage.getAmountText();
				case FEMALE -> row.female = dosage.getAmountText();
				case PREGNANCY -> row.pregnancy = dosage.getAmountText();
				case LACTATION -> row.lactation = dosage.getAmountText();
			}
		});
		return List.copyOf(rows.values());
	}

	/**
	 * One age band of the intake table.
	 */
	static final class IntakeRow {

		private final String ageBand;

		private String male;

		private String female;

		private String pregnancy;

		private String lactation;

		IntakeRow(String ageBand) {
			this.ageBand = ageBand;
		}

		public String getAgeBand() {
			return this.ageBand;
		}

		public String getMale() {
			return this.male;
		}

		public String getFemale() {
			return this.female;
		}

		public String getPregnancy() {
			return this.pregnancy;
		}

		public String getLactation() {
			return this.lactation;
		}

	}

}
