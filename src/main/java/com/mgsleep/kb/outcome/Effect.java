package com.mgsleep.kb.outcome;

import com.mgsleep.kb.vocabulary.EffectMeasure;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The size of a result in numbers, as the checked bibliography gives them; every part may
 * be missing.
 *
 * @param measure how it is expressed, or {@code null} without a number
 * @param estimate the estimate
 * @param low the lower end of the 95% confidence interval
 * @param high the upper end
 * @param unit the unit of a difference
 * @param p the p value as written
 */
@Embeddable
public record Effect(@Enumerated(EnumType.STRING) EffectMeasure measure, @Column(name = "estimate") Double estimate,
		@Column(name = "ci_low") Double low, @Column(name = "ci_high") Double high, String unit,
		@Column(name = "p_value") String p) {

	public boolean hasInterval() {
		return this.estimate != null && this.low != null && this.high != null;
	}

}
