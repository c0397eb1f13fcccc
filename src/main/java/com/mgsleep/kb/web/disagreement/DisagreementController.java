package com.mgsleep.kb.web.disagreement;

import java.util.List;

import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.evidence.ConflictDetector;
import com.mgsleep.kb.evidence.TimingConflict;
import com.mgsleep.kb.web.disagreement.DisagreementsJson.DisagreementJson;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /disagreements} and {@code /api/disagreements}: every point where the sources
 * conflict, each position with its sources and evidence, plus timing conflicts found in
 * the dose statements themselves.
 */
@Controller
class DisagreementController {

	private final DisagreementRepository disagreements;

	private final DosageRepository dosages;

	DisagreementController(DisagreementRepository disagreements, DosageRepository dosages) {
		this.disagreements = disagreements;
		this.dosages = dosages;
	}

	@GetMapping("/disagreements")
	String listDisagreements(Model model) {
		model.addAttribute("disagreements",
				this.disagreements.findAllById().stream().map(DisagreementView::of).toList());
		model.addAttribute("timingConflicts", timingConflicts());
		return "disagreements/list";
	}

	@GetMapping("/api/disagreements")
	@Operation(summary = "Lists every point where the sources conflict")
	@ResponseBody
	DisagreementsJson listDisagreementsAsJson() {
		List<Disagreement> all = this.disagreements.findAllById();
		return new DisagreementsJson(all.stream().map(DisagreementJson::of).toList(), timingConflicts());
	}

	private List<TimingConflict> timingConflicts() {
		return ConflictDetector
			.timingConflicts(this.dosages.findAllInReadingOrder().stream().map(Dosage::toDoseStatement).toList());
	}

}
