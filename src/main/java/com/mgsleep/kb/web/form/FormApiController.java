package com.mgsleep.kb.web.form;

import java.util.List;

import com.mgsleep.kb.form.FormRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

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
	@Operation(summary = "Lists the magnesium forms")
	List<FormJson> listForms() {
		return this.forms.findAll(Sort.by("name"))
			.stream()
			.map((form) -> new FormJson(form.getSlug(), form.getName(), form.getAliases()))
			.toList();
	}

	/** A form as the JSON API shows it. */
	@Schema(name = "Form", description = "A form of magnesium, such as glycinate or oxide")
	record FormJson(@Schema(description = "The slug, as in /forms/{slug}") String slug,
			@Schema(description = "The name") String name,
			@Schema(description = "Other names the form goes by") List<String> aliases) {
	}

}
