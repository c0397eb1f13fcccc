package com.mgsleep.kb.disagreement;

import java.util.List;

import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.evidence.ConflictDetector;
import com.mgsleep.kb.evidence.TimingConflict;

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
		model.addAttribute("disagreements", views());
		model.addAttribute("timingConflicts", timingConflicts());
		return "disagreements/list";
	}

	@GetMapping("/api/disagreements")
	@ResponseBody
	DisagreementsJson listDisagreementsAsJson() {
		return new DisagreementsJson(views(), timingConflicts());
	}

	private List<DisagreementView> views() {
		return this.disagreements.findAllById().stream().map(DisagreementView::of).toList();
	}

	private List<TimingConflict> timingConflicts() {
		return ConflictDetector
			.timingConflicts(this.dosages.findAllInReadingOrder().stream().map(Dosage::toDoseStatement).toList());
	}

	/**
	 * The JSON API's answer.
	 *
	 * @param disagreements the disagreements the editors recorded
	 * @param timingConflicts sources whose timing windows before bed do not overlap
	 */
	record DisagreementsJson(List<DisagreementView> disagreements, List<TimingConflict> timingConflicts) {
	}

}
