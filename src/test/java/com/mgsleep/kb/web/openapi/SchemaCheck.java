package com.mgsleep.kb.web.openapi;

import java.util.List;
import java.util.Map;

import static com.mgsleep.kb.web.openapi.ApiDescriptionTests.map;

/**
 * Checks a JSON value against a schema of the OpenAPI description: objects carry exactly
 * the described fields, arrays and maps hold what their items are described as, values
 * are of the described type and, where there is a list of values, one of them. Null fits
 * anywhere (the description says in words which fields may be null).
 */
final class SchemaCheck {

	private final Map<String, Object> schemas;

	private final List<String> problems;

	SchemaCheck(Map<String, Object> schemas, List<String> problems) {
		this.schemas = schemas;
		this.problems = problems;
	}

	void check(Object value, Map<String, Object> schema, String where) {
		if (schema.containsKey("$ref")) {
			String name = schema.get("$ref").toString().substring("#/components/schemas/".length());
			check(value, map(this.schemas.get(name)), where);
			return;
		}
		if (value == null) {
			return;
		}
		Object type = schema.get("type");
		if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
			this.problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
		}
		switch (String.valueOf(type)) {
			case "object" -> checkObject(value, schema, where);
			case "array" -> {
				if (value instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						check(list.get(i), map(schema.get("items")), where + "[" + i + "]");
					}
				}
				else {
					this.problems.add(where + ": not an array");
				}
			}
			case "string" -> expect(value instanceof String, where, type);
			case "integer" -> expect(value instanceof Integer || value instanceof Long, where, type);
			case "number" -> expect(value instanceof Number, where, type);
			case "boolean" -> expect(value instanceof Boolean, where, type);
			default -> this.problems.add(where + ": the description gives no type");
		}
	}

	private void checkObject(Object value, Map<String, Object> schema, String where) {
		if (!(value instanceof Map<?, ?> object)) {
			this.problems.add(where + ": not an object");
			return;
		}
		Map<String, Object> properties = map(schema.get("properties"));
		if (schema.containsKey("additionalProperties")) {
			object.forEach((key, item) -> check(item, map(schema.get("additionalProperties")), where + "." + key));
			return;
		}
		if (!object.keySet().equals(properties.keySet())) {
			this.problems.add(where + ": fields " + object.keySet() + ", described " + properties.keySet());
		}
		properties.forEach((field, property) -> check(object.get(field), map(property), where + "." + field));
	}

	private void expect(boolean fits, String where, Object type) {
		if (!fits) {
			this.problems.add(where + ": not of type " + type);
		}
	}

}
