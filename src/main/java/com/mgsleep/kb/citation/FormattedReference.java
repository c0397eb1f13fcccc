package com.mgsleep.kb.citation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.Length;

/**
 * A reference formatted once, at import, by citeproc-java: for reference lists, downloads
 * and short mentions.
 *
 * @param vancouverHtml the reference in Vancouver/NLM style; sanitized HTML
 * @param apaHtml the reference in APA style; sanitized HTML
 * @param bibtex the BibTeX entry
 * @param cslJson the CSL-JSON item
 */
@Embeddable
public record FormattedReference(@Column(length = Length.LONG32) String vancouverHtml,
		@Column(length = Length.LONG32) String apaHtml, @Column(length = Length.LONG32) String bibtex,
		@Column(length = Length.LONG32) String cslJson) {

}
