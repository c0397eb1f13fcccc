package com.mgsleep.kb.export;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API documents a static copy can hold: every list that takes no parameters, and
 * one document per item where the API has them. The pages link only {@code /api/claims},
 * so the lists are named here; {@code StaticExportTests} checks this against the
 * application's request mappings, so an API added later cannot be left out unnoticed.
 * {@code /api/search} takes a query and needs the application.
 */
final class ApiDocuments {

	/**
	 * A list and the field of its items that names each item's own document, or
	 * {@code null} when there is none.
	 */
	record ApiList(String path, String itemKey) {
	}

	static final List<ApiList> LISTS = List.of(new ApiList("/api/claims", "id"), new ApiList("/api/citations", "key"),
			new ApiList("/api/articles", null), new ApiList("/api/topics", null), new ApiList("/api/forms", null),
			new ApiList("/api/dosages", null), new ApiList("/api/disagreements", null),
			new ApiList("/api/outcomes", "slug"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiDocuments() {
	}

	/** The lists' addresses, where the export starts besides the home page. */
	static List<String> lists() {
		return LISTS.stream().map(ApiList::path).toList();
	}

	/**
	 * The item documents a list names.
	 * @param path the list's address, such as {@code /api/claims}
	 * @param json the list as the application served it
	 * @return such as {@code /api/claims/x} for each item; none for other addresses
	 */
	static List<String> itemsOf(String path, String json) {
		List<String> items = new ArrayList<>();
		for (ApiList list : LISTS) {
			if (list.path().equals(path) && list.itemKey() != null) {
				for (JsonNode item : JSON.readTree(json)) {
					items.add(path + "/" + ExportLayout.encodeSegment(item.get(list.itemKey()).asString()));
				}
			}
		}
		return items;
	}

}
