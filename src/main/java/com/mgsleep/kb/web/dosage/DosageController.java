package com.mgsleep.kb.web.dosage;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;

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
		List<Dosage> all = this.dosages.findAllInReadingOrder();
		Map<DosagePurpose, List<Dosage>> byPurpose = all.stream()
			.collect(Collectors.groupingBy(Dosage::getPurpose, () -> new EnumMap<>(DosagePurpose.class),
					Collectors.toList()));
		List<Dosage> recommended = byPurpose.getOrDefault(DosagePurpose.SLEEP_SUPPORT, List.of());
		model.addAttribute("rdaRows", intakeTable(byPurpose.getOrDefault(DosagePurpose.RDA, List.of())));
		model.addAttribute("upperLimits", rows(byPurpose, DosagePurpose.UPPER_LIMIT));
		model.addAttribute("recommended", recommended.stream().map(DoseRow::withSourcePages).toList());
		model.addAttribute("studyDoses", rows(byPurpose, DosagePurpose.STUDY_DOSE));
		DosageFacts.of(all).ifPresent((facts) -> {
			model.addAttribute("facts", facts);
			model.addAttribute("charts", DosageCharts.of(recommended, facts));
		});
		return "dosages/dosages";
	}

	private static List<DoseRow> rows(Map<DosagePurpose, List<Dosage>> byPurpose, DosagePurpose purpose) {
		return byPurpose.getOrDefault(purpose, List.of()).stream().map(DoseRow::of).toList();
	}

	/**
	 * Rows by age band, columns by sex, pregnancy and breastfeeding, as the official
	 * tables print it.
	 */
	private static List<IntakeRow> intakeTable(List<Dosage> rda) {
		Map<String, Map<Population.Column, String>> rows = new LinkedHashMap<>();
		rda.stream().sorted(Comparator.comparing(Dosage::getPopulation)).forEach((dosage) -> {
			Population population = dosage.getPopulation();
			Map<Population.Column, String> row = rows.computeIfAbsent(population.getAgeBand(),
					(band) -> new EnumMap<>(Population.Column.class));
			if (population.getColumn() == Population.Column.ALL) {
				row.put(Population.Column.MALE, dosage.getAmountText());
				row.put(Population.Column.FEMALE, dosage.getAmountText());
			}
			else {
				row.put(population.getColumn(), dosage.getAmountText());
			}
		});
		return rows.entrySet()
			.stream()
			.map((entry) -> new IntakeRow(entry.getKey(), entry.getValue().get(Population.Column.MALE),
					entry.getValue().get(Population.Column.FEMALE), entry.getValue().get(Population.Column.PREGNANCY),
					entry.getValue().get(Population.Column.LACTATION)))
			.toList();
	}

	/**
	 * One age band of the intake table.
	 *
	 * @param ageBand the band
	 * @param male the amount for boys and men
	 * @param female the amount for girls and women
	 * @param pregnancy the amount in pregnancy
	 * @param lactation the amount while breastfeeding
	 */
	record IntakeRow(String ageBand, String male, String female, String pregnancy, String lactation) {

	}

}
