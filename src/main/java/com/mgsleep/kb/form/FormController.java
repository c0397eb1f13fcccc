package com.mgsleep.kb.form;

import com.mgsleep.kb.claim.ClaimRepository;

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

	FormController(FormRepository forms, ClaimRepository claims) {
		this.forms = forms;
		this.claims = claims;
	}

	@GetMapping("/forms")
	String listForms(Model model) {
		model.addAttribute("forms", this.forms.findAll(Sort.by("name")));
		return "forms/list";
	}

	@GetMapping("/forms/{slug}")
	String showForm(@PathVariable String slug, Model model) {
		MagnesiumForm form = this.forms.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No form " + slug));
		model.addAttribute("form", form);
		model.addAttribute("claims", this.claims.findByForm(slug));
		return "forms/form";
	}

}
