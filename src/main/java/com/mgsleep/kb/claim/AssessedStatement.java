package com.mgsleep.kb.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.vocabulary.Certainty;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

/**
 * The assessed part of a claim: how sure we are of it, how that was reached, and where
 * the evidence does not fit it. Worked out once, at import.
 */
@MappedSuperclass
public abstract class AssessedStatement {

	@Enumerated(EnumType.STRING)
	private Certainty certainty;

	@ElementCollection
	@OrderColumn
	private List<ClaimCertaintyStep> certaintySteps = new ArrayList<>();

	@Column(length = 2000)
	private String evidenceRationale;

	@ElementCollection
	@OrderColumn
	@Column(length = 1000)
	private List<String> notCounted = new ArrayList<>();

	@Column(length = 1000)
	private String evidenceGap;

	@ElementCollection
	@OrderColumn
	private List<ClaimFlag> flags = new ArrayList<>();

	/** Records how sure we are of the claim, worked out once at import. */
	public void assess(Assessment assessment) {
		this.certainty = assessment.certainty();
		this.certaintySteps = assessment.steps()
			.stream()
			.map((step) -> new ClaimCertaintyStep(step.change(), step.reason()))
			.collect(Collectors.toCollection(ArrayList::new));
		this.evidenceRationale = assessment.rationale();
		this.notCounted = new ArrayList<>(assessment.notCounted());
		this.evidenceGap = assessment.gap();
		this.flags = assessment.flags()
			.stream()
			.map((flag) -> new ClaimFlag(flag.kind(), flag.message()))
			.collect(Collectors.toCollection(ArrayList::new));
	}

	public Certainty getCertainty() {
		return this.certainty;
	}

	public List<ClaimCertaintyStep> getCertaintySteps() {
		return List.copyOf(this.certaintySteps);
	}

	public List<String> getNotCounted() {
		return List.copyOf(this.notCounted);
	}

	public String getEvidenceRationale() {
		return this.evidenceRationale;
	}

	public String getEvidenceGap() {
		return this.evidenceGap;
	}

	public List<ClaimFlag> getFlags() {
		return List.copyOf(this.flags);
	}

}
