package com.mgsleep.kb.web.dosage;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

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
	@Operation(summary = "Lists every stated amount of magnesium, as numbers, with warnings")
	List<DosageJson> listDosages() {
		return this.dosages.findAllInReadingOrder().stream().map(DosageJson::of).toList();
	}

	/** A dosage statement as the JSON API shows it. */
	@Schema(name = "Dosage", description = "An amount of magnesium a source states, as numbers")
	record DosageJson(@Schema(description = "Who the amount is for") String population,
			@Schema(description = "What kind of amount it is") String purpose,
			@Schema(description = "The form's slug, as in /api/forms, or null for any form") String form,
			@Schema(description = "The lower bound, mg of elemental magnesium per day") double minMg,
			@Schema(description = "The upper bound, mg of elemental magnesium per day (equal to minMg for one amount)") double maxMg,
			@Schema(description = "When to take it, or null when the source does not say") TimingJson timing,
			@Schema(description = "Keys of the references stating it, as in /api/citations/{key}") List<String> citations,
			@Schema(description = "The amount, timing and note as written") String text,
			@Schema(description = "Problems with the dose, such as being above the upper limit") List<WarningJson> warnings) {

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

	/** When to take it. */
	@Schema(name = "Timing", description = "A window before bed")
	record TimingJson(@Schema(description = "The fewest minutes before bed") int minMinutesBeforeBed,
			@Schema(description = "The most minutes before bed") int maxMinutesBeforeBed) {
	}

	/** A problem with the dose. */
	@Schema(name = "DoseWarning", description = "A problem with a stated dose")
	record WarningJson(@Schema(description = "A stable code") String code,
			@Schema(description = "A sentence for readers") String message) {
	}

}
