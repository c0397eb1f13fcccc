package com.mgsleep.kb.citation;

import jakarta.persistence.Embeddable;

/**
 * An author of a reference: a person (family and given names) or an organisation
 * (literal).
 *
 * @param family the family name
 * @param given the given names
 * @param literal a name that is not split
 */
@Embeddable
public record Author(String family, String given, String literal) {

	/** "Abbasi B" style, as in Vancouver reference lists. */
	public String shortName() {
		if (this.literal != null) {
			return this.literal;
		}
		StringBuilder initials = new StringBuilder();
		if (this.given != null) {
			for (String part : this.given.split("[\\s.-]+")) {
				if (!part.isEmpty()) {
					initials.append(part.charAt(0));
				}
			}
		}
		return initials.isEmpty() ? this.family : this.family + " " + initials;
	}

}
