package com.mgsleep.kb.citation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where and when a work appeared, and for a web page the day it was read.
 *
 * @param year the year, or {@code null}
 * @param month the month, or {@code null}
 * @param day the day, or {@code null}
 * @param container the journal, book or site
 * @param volume the volume
 * @param issue the issue
 * @param page the page range
 * @param publisher the publisher
 * @param publisherPlace the publisher's place
 * @param accessed the day a web page was read (CSL {@code accessed}), or {@code null}
 */
@Embeddable
public record Publication(@Column(name = "issued_year") Integer year, @Column(name = "issued_month") Integer month,
		@Column(name = "issued_day") Integer day, String container, String volume, String issue, String page,
		String publisher, String publisherPlace, @Column(name = "accessed_on") LocalDate accessed) {

	/** Nothing known about where or when. */
	public static final Publication UNKNOWN = new Publication(null, null, null, null, null, null, null, null, null,
			null);

	/**
	 * Journal, volume, issue and pages in Vancouver style: "J Res Med Sci.
	 * 2012;17(12):1161-1169."
	 */
	public String sourceLine() {
		StringBuilder line = new StringBuilder();
		if (this.container != null) {
			line.append(this.container).append(". ");
		}
		if (this.year != null) {
			line.append(this.year);
		}
		if (this.volume != null) {
			line.append(';').append(this.volume);
			if (this.issue != null) {
				line.append('(').append(this.issue).append(')');
			}
		}
		if (this.page != null) {
			line.append(':').append(this.page);
		}
		String text = line.toString().strip();
		return text.isEmpty() ? "" : text + ".";
	}

	/** The publisher, or the journal or site when the publisher is not known. */
	public String publisherOrContainer() {
		return (this.publisher != null) ? this.publisher : this.container;
	}

}
