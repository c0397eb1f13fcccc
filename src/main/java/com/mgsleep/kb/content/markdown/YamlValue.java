package com.mgsleep.kb.content.markdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	 * @return the root (an empty map when the text holds no YAML, so that missing keys
	 * are reported), or {@code null} for invalid YAML
	 */
	static YamlValue parse(String yaml, int firstLine, String file, Problems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(2_000_000);
		try {
			Node root = new Yaml(options).compose(new StringReader(yaml));
			if (root == null) {
				return new YamlValue(Map.of(), firstLine, Map.of());
			}
			return new Converter(firstLine, file, problems).convert(root);
		}
		catch (RecursiveAliasException ex) {
			problems.add(file, ex.line, "invalid YAML: an alias refers to a value that contains it;"
					+ " write the value out instead of using `&anchor` and `*alias`");
			return null;
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

	/**
	 * Turns SnakeYAML nodes into values. The composer does not check duplicate keys (the
	 * constructor would), and it accepts an alias inside the value it names, so both are
	 * checked here.
	 */
	private static final class Converter {

		private final int firstLine;

		private final String file;

		private final Problems problems;

		private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());

		Converter(int firstLine, String file, Problems problems) {
			this.firstLine = firstLine;
			this.file = file;
			this.problems = problems;
		}

		YamlValue convert(Node node) {
			int line = line(node);
			if (!this.path.add(node)) {
				throw new RecursiveAliasException(line);
			}
			try {
				return convert(node, line);
			}
			finally {
				this.path.remove(node);
			}
		}

		private YamlValue convert(Node node, int line) {
			if (node instanceof ScalarNode scalar) {
				return new YamlValue(scalar.getValue(), line, Map.of());
			}
			if (node instanceof SequenceNode sequence) {
				List<YamlValue> items = new ArrayList<>();
				sequence.getValue().forEach((item) -> items.add(convert(item)));
				return new YamlValue(Collections.unmodifiableList(items), line, Map.of());
			}
			MappingNode mapping = (MappingNode) node;
			Map<String, YamlValue> entries = new LinkedHashMap<>();
			Map<String, Integer> keyLines = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue()
						: String.valueOf(tuple.getKeyNode().getNodeId());
				int keyLine = line(tuple.getKeyNode());
				if (entries.containsKey(key)) {
					this.problems.add(this.file, keyLine, "duplicate key `" + CitationSyntax.abbreviate(key)
							+ "`; first at line " + keyLines.get(key) + "; keep one of the two");
					continue;
				}
				entries.put(key, convert(tuple.getValueNode()));
				keyLines.put(key, keyLine);
			}
			return new YamlValue(Collections.unmodifiableMap(entries), line, Collections.unmodifiableMap(keyLines));
		}

		private int line(Node node) {
			return node.getStartMark().getLine() + this.firstLine;
		}

	}

	/** An alias used inside the value it refers to, such as {@code &a [*a]}. */
	private static final class RecursiveAliasException extends RuntimeException {

		private final int line;

		RecursiveAliasException(int line) {
			super(null, null, false, false);
			this.line = line;
		}

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
