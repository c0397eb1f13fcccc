package com.mgsleep.kb.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mgsleep.kb.search.ResultType;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.DoseWarningKind;
import com.mgsleep.kb.vocabulary.FitFlagKind;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What holds for every record the API writes: each field is always present (records are
 * written with their nulls), slug fields take the values of their closed list (read from
 * the vocabulary, so the description cannot drift from it), and the model's own records,
 * which carry no annotations, are described here. Adds the error body's schema.
 */
class ApiSchemas implements OpenApiCustomizer {

	/** The name of the error body's schema. */
	static final String PROBLEM = "Problem";

	/** Fields whose values are the slugs of a closed list, by schema and field name. */
	private static final Map<String, Class<? extends SlugEnum>> SLUG_FIELDS = Map.ofEntries(
			Map.entry("Claim.verdict", Verdict.class), Map.entry("Claim.certainty", Certainty.class),
			Map.entry("Position.verdict", Verdict.class), Map.entry("Position.certainty", Certainty.class),
			Map.entry("SearchHit.verdict", Verdict.class), Map.entry("SearchHit.certainty", Certainty.class),
			Map.entry("SearchHit.type", ResultType.class), Map.entry("CitedReference.role", CitationRole.class),
			Map.entry("CitingClaim.role", CitationRole.class), Map.entry("Citation.design", StudyDesign.class),
			Map.entry("Citation.status", VerificationStatus.class), Map.entry("Dosage.population", Population.class),
			Map.entry("Dosage.purpose", DosagePurpose.class), Map.entry("FitFlag.code", FitFlagKind.class),
			Map.entry("DoseWarning.code", DoseWarningKind.class));

	/** The model's records that the API writes as they are, and their fields. */
	private static final Map<String, String> MODEL_DESCRIPTIONS = Map.ofEntries(
			Map.entry("ClaimCertaintyStep",
					"A step of a claim's certainty: where it started, or why it was rated down"),
			Map.entry("ClaimCertaintyStep.change", "Such as `start High` or `-1 imprecision`"),
			Map.entry("ClaimCertaintyStep.reason", "Why, in a phrase for readers"),
			Map.entry("TimingConflict", "Two sources whose windows before bed do not overlap"),
			Map.entry("TimingConflict.earlierSource", "The source with the earlier window (further from bedtime)"),
			Map.entry("TimingConflict.earlier", "Its window, such as 1-2 h"),
			Map.entry("TimingConflict.laterSource", "The source with the later window"),
			Map.entry("TimingConflict.later", "Its window, such as 30-60 min"),
			Map.entry("TimingConflict.message", "The conflict in a sentence for readers"),
			Map.entry("FacetValue", "One value of a facet"),
			Map.entry("FacetValue.value", "The slug or key, as the search's parameter takes it"),
			Map.entry("FacetValue.label", "What a reader sees"),
			Map.entry("FacetValue.count", "How many results choosing it would give"),
			Map.entry("FacetValue.selected", "Whether the search filters on it now"));

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI api) {
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		schemas.forEach((name, schema) -> {
			if (schema.getDescription() == null) {
				schema.setDescription(MODEL_DESCRIPTIONS.get(name));
			}
			Map<String, Schema> properties = schema.getProperties();
			if (properties != null) {
				schema.setRequired(List.copyOf(properties.keySet()));
				properties.forEach((field, property) -> describe(name + "." + field, property));
			}
		});
		schemas.put(PROBLEM, problem());
	}

	private static void describe(String field, Schema<?> property) {
		if (property.getDescription() == null && property.get$ref() == null) {
			property.setDescription(MODEL_DESCRIPTIONS.get(field));
		}
		Class<? extends SlugEnum> values = SLUG_FIELDS.get(field);
		if (values != null) {
			property.setEnum(null);
			SlugEnum.slugs(values).forEach((slug) -> ((Schema<Object>) property).addEnumItemObject(slug));
		}
	}

	/** What {@code ErrorHandling} writes for every failed {@code /api} request. */
	private static Schema<Object> problem() {
		Schema<Object> problem = typed("object", "An error, as RFC 9457 problem details");
		problem.setProperties(new LinkedHashMap<>());
		problem.addProperty("status", typed("integer", "The HTTP status, such as 404"));
		problem.addProperty("title", typed("string", "The status's reason phrase, such as Not Found"));
		problem.addProperty("detail", typed("string", "What went wrong and, where it helps, what to change"));
		problem.addProperty("instance", typed("string", "The path that was asked for"));
		problem.setRequired(List.of("status", "title", "detail", "instance"));
		return problem;
	}

	private static Schema<Object> typed(String type, String description) {
		Schema<Object> schema = new Schema<>();
		schema.setTypes(Set.of(type));
		schema.setDescription(description);
		return schema;
	}

}
