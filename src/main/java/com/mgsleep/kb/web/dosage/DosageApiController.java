package com.mgsleep.kb.web.dosage;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/dosages}: every stated amount, as numbers.
 */
@RestController
class DosageApiController {

	private final DosageRepository dosages;

	DosageApiController(DosageRepository dosages) {
		this.dosages = dosages;
	}

	@GetMapping("/api/dosages")
	List<DosageJson> listDosages() {
		return this.dosages.findAllInReadingOrder().stream().map(DosageJson::of).toList();
	}

	/**
	 * A dosage statement as the JSON API shows it.
	 *
	 * @param population the population slug
	 * @param purpose the purpose slug
	 * @param form the form slug, or {@code null}
	 * @param minMg the lower bound, mg of elemental magnesium per day
	 * @param maxMg the upper bound
	 * @param timing minutes before bed, or {@code null}
	 * @param citations the keys of its sources
	 * @param text the amount and note as written
	 * @param warnings problems with the dose, such as being above the upper limit
	 */
	record DosageJson(String population, String purpose, String form, double minMg, double maxMg, TimingJson timing,
			List<String> citations, String text, List<WarningJson> warnings) {

		static DosageJson of(Dosage dosage) {
			TimingJson timing = (dosage.getMinMinutesBeforeBed() != null)
					? new TimingJson(dosage.getMinMinutesBeforeBed(), dosage.getMaxMinutesBeforeBed()) : null;
			String text = dosage.getAmountText()
					+ ((dosage.getTimingText() != null) ? ", " + dosage.getTimingText() : "")
					+ ((dosage.getNote() != null && !dosage.getNote().isEmpty()) ? " (" + dosage.getNote() + ")" : "");
			return new DosageJson(dosage.getPopulation().getSlug(), dosage.getPurpose().getSlug(),
					(dosage.getForm() != null) ? dosage.getForm().getSlug() : null, dosage.getMinMg(),
					dosage.getMaxMg(), timing, dosage.getCitations().stream().map(Citation::getKey).toList(), text,
					dosage.getWarnings()
						.stream()
						.map((warning) -> new WarningJson(warning.kind().getSlug(), warning.message()))
						.toList());
		}

	}

	/**
	 * When to take it.
	 *
	 * @param minMinutesBeforeBed the earliest
	 * @param maxMinutesBeforeBed the latest
	 */
	record TimingJson(int minMinutesBeforeBed, int maxMinutesBeforeBed) {
	}

	/**
	 * A problem with the dose.
	 *
	 * @param code a stable code, such as {@code above-upper-limit}
	 * @param message a sentence for readers
	 */
	record WarningJson(String code, String message) {
	}

}
