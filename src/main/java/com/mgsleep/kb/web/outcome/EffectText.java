package com.mgsleep.kb.web.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.outcome.Effect;

/**
 * A result's numbers as readers see them: "MD −17.36 min (95% CI −27.27 to −7.44); p =
 * 0.02". Numbers are printed as the bibliography gives them, never rounded further.
 */
final class EffectText {

	private static final char MINUS = '\u2212';

	private EffectText() {
	}

	static String of(Effect effect) {
		if (effect == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (effect.measure() != null && effect.estimate() != null) {
			StringBuilder text = new StringBuilder(effect.measure().getAbbreviation()).append(' ')
				.append(number(effect.estimate()));
			if (effect.unit() != null) {
				text.append(' ').append(effect.unit());
			}
			if (effect.hasInterval()) {
				text.append(" (95% CI ")
					.append(number(effect.low()))
					.append(" to ")
					.append(number(effect.high()))
					.append(')');
			}
			parts.add(text.toString());
		}
		if (effect.p() != null) {
			String p = effect.p().strip();
			parts.add("p " + ((p.startsWith("<") || p.startsWith(">") || p.startsWith("=")) ? p : "= " + p));
		}
		return String.join("; ", parts);
	}

	/** A number without trailing zeros, with a true minus sign. */
	static String number(double value) {
		String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		return plain.replace('-', MINUS);
	}

}
