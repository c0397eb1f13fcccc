package com.mgsleep.kb.web.form;

import java.util.List;

import com.mgsleep.kb.form.FormRepository;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/forms}: the magnesium forms.
 */
@RestController
class FormApiController {

	private final FormRepository forms;

	FormApiController(FormRepository forms) {
		this.forms = forms;
	}

	@GetMapping("/api/forms")
	List<FormJson> listForms() {
		return this.forms.findAll(Sort.by("name"))
			.stream()
			.map((form) -> new FormJson(form.getSlug(), form.getName(), form.getAliases()))
			.toList();
	}

	/**
	 * A form as the JSON API shows it.
	 *
	 * @param slug the slug
	 * @param name the name
	 * @param aliases other names
	 */
	record FormJson(String slug, String name, List<String> aliases) {
	}

}
