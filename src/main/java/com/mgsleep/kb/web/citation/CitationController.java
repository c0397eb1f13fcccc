package com.mgsleep.kb.web.citation;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.web.StructuredData;
import com.mgsleep.kb.web.fragment.CitationLine;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /citations} and {@code /citations/{key}}: the bibliography, and one reference
 * with every claim that cites it.
 */
@Controller
class CitationController {

	private final CitationRepository citations;

	private final ClaimRepository claims;

	private final StructuredData structuredData;

	CitationController(CitationRepository citations, ClaimRepository claims, StructuredData structuredData) {
		this.citations = citations;
		this.claims = claims;
		this.structuredData = structuredData;
	}

	@GetMapping("/citations")
	String listCitations(Model model) {
		model.addAttribute("citations", this.citations.findAll(Sort.by("key")).stream().map(CitationLine::of).toList());
		return "citations/list";
	}

	@GetMapping("/citations/{key}")
	String showCitation(@PathVariable String key, Model model) {
		Citation citation = findCitation(key);
		model.addAttribute("citation", CitationPage.of(citation, this.claims.findCitationsOf(key)));
		model.addAttribute("jsonLd", this.structuredData.citationPage(citation));
		return "citations/citation";
	}

	@GetMapping("/citations/{key}.bib")
	ResponseEntity<String> downloadBibtex(@PathVariable String key) {
		return download(key + ".bib", "application/x-bibtex", findCitation(key).getFormatted().bibtex());
	}

	@GetMapping("/citations/{key}.json")
	ResponseEntity<String> downloadCslJson(@PathVariable String key) {
		return download(key + ".json", "application/vnd.citationstyles.csl+json",
				"[" + findCitation(key).getFormatted().cslJson() + "]");
	}

	private Citation findCitation(String key) {
		return this.citations.findById(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No citation " + key));
	}

	private static ResponseEntity<String> download(String filename, String type, String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
