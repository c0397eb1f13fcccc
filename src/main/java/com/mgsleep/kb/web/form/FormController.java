package com.mgsleep.kb.web.form;

import java.util.List;
import java.util.Locale;

import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.web.StructuredData;
import com.mgsleep.kb.web.fragment.BottomLineView;
import com.mgsleep.kb.web.fragment.ClaimCard;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /forms} and {@code /forms/{slug}}: the magnesium forms and the claims about
 * each.
 */
@Controller
class FormController {

	private final FormRepository forms;

	private final ClaimRepository claims;

	private final BottomLineRepository bottomLines;

	private final StructuredData structuredData;

	FormController(FormRepository forms, ClaimRepository claims, BottomLineRepository bottomLines,
			StructuredData structuredData) {
		this.bottomLines = bottomLines;
		this.structuredData = structuredData;
		this.forms = forms;
		this.claims = claims;
	}

	@GetMapping("/forms")
	String listForms(Model model) {
		model.addAttribute("forms", this.forms.findAll(Sort.by("name")).stream().map(FormView::of).toList());
		return "forms/list";
	}

	@GetMapping("/forms/{slug}")
	String showForm(@PathVariable String slug, Model model) {
		MagnesiumForm form = this.forms.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No form " + slug));
		model.addAttribute("form", FormView.of(form));
		model.addAttribute("ogTitle", form.getName());
		model.addAttribute("jsonLd", this.structuredData.formPage(form));
		model.addAttribute("description", "What the evidence says about " + form.getName().toLowerCase(Locale.ROOT)
				+ " for sleep: the claims made for it, checked against the studies.");
		BottomLineView.addTo(model, this.bottomLines, form.getUrl());
		model.addAttribute("claims", this.claims.findByForm(slug).stream().map(ClaimCard::of).toList());
		return "forms/form";
	}

	/**
	 * A magnesium form as its page and the list show it.
	 *
	 * @param url its page
	 * @param name its name
	 * @param aliases "Also called MgO, ...", or {@code null} when it has no other name
	 * @param html its description, sanitized HTML
	 */
	record FormView(String url, String name, String aliases, String html) {

		static FormView of(MagnesiumForm form) {
			List<String> aliases = form.getAliases();
			return new FormView(form.getUrl(), form.getName(),
					aliases.isEmpty() ? null : "Also called " + String.join(", ", aliases), form.getHtml());
		}

	}

}
