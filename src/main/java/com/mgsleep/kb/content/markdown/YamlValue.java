package com.mgsleep.kb.content.markdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML value that remembers its line: a string, a list or a map. Scalars stay strings;
 * readers convert them, so a type mistake becomes a content error with a line.
 *
 * @param value a {@code String}, a {@code List<YamlValue>} or a
 * {@code Map<String, YamlValue>}
 * @param line the 1-based line in the content file
 * @param keyLines for maps: the line of each key
 */
record YamlValue(Object value, int line, Map<String, Integer> keyLines) {

	/**
	 * Parses YAML text with SnakeYAML's node composer, which keeps positions.
	 * @param yaml the text
	 * @param firstLine the 1-based file line of the text's first line
	 * @param file the file, for errors
	 * @param problems where errors go
	 * @return the root, or {@code null} for empty or invalid YAML
	 */
	static YamlValue parse(String yaml, int firstLine, String file, Problems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(2_000_000);
		try {
			Node root = new Yaml(options).compose(new StringReader(yaml));
			return (root != null) ? convert(root, firstLine) : null;
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + firstLine : firstLine;
			problems.add(file, line, "invalid YAML: " + ex.getProblem() + describeContext(ex));
			return null;
		}
		catch (YAMLException | IllegalArgumentException ex) {
			problems.add(file, firstLine, "invalid YAML: " + ex.getMessage());
			return null;
		}
	}

	private static String describeContext(MarkedYAMLException ex) {
		return (ex.getContext() != null) ? " (" + ex.getContext() + ")" : "";
	}

	private static YamlValue convert(Node node, int firstLine) {
		int line = node.getStartMark().getLine() + firstLine;
		if (node instanceof ScalarNode scalar) {
			return new YamlValue(scalar.getValue(), line, Map.of());
		}
		if (node instanceof SequenceNode sequence) {
			List<YamlValue> items = new ArrayList<>();
			sequence.getValue().forEach((item) -> items.add(convert(item, firstLine)));
			return new YamlValue(Collections.unmodifiableList(items), line, Map.of());
		}
		MappingNode mapping = (MappingNode) node;
		Map<String, YamlValue> entries = new LinkedHashMap<>();
		Map<String, Integer> keyLines = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue()
					: String.valueOf(tuple.getKeyNode().getNodeId());
			entries.put(key, convert(tuple.getValueNode(), firstLine));
			keyLines.put(key, tuple.getKeyNode().getStartMark().getLine() + firstLine);
		}
		return new YamlValue(Collections.unmodifiableMap(entries), line, Collections.unmodifiableMap(keyLines));
	}

	boolean isMap() {
		return this.value instanceof Map;
	}

	boolean isList() {
		return this.value instanceof List;
	}

	boolean isScalar() {
		return this.value instanceof String;
	}

	@SuppressWarnings("unchecked")
	Map<String, YamlValue> map() {
		return (Map<String, YamlValue>) this.value;
	}

	@SuppressWarnings("unchecked")
	List<YamlValue> list() {
		return (List<YamlValue>) this.value;
	}

	String scalar() {
		return (String) this.value;
	}

}
