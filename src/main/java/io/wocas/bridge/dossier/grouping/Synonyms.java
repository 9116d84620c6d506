package io.wocas.bridge.dossier.grouping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Language-independent concepts and the phrases, in any language, that express them (see
 * {@link SynonymsLoader} for the file format).
 *
 * @param source where the concepts were read from, for error messages
 * @param concepts concept key to its phrases, in file order
 * @param generic concepts that say only in general what a voice is about (an invoice, a
 * phone call, a delay): they weigh less than the concepts that tell problems apart
 * @param families family key to its member concepts: sibling concepts that describe the
 * same area (phone waits, callbacks and unreachable lines are all "reaching us"), so that
 * two voices naming different siblings are still a little alike
 */
public record Synonyms(String source, Map<String, List<String>> concepts, Set<String> generic,
		Map<String, List<String>> families) {

	public Synonyms {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		concepts.forEach((key, phrases) -> copy.put(key, List.copyOf(phrases)));
		concepts = Collections.unmodifiableMap(copy);
		generic = Collections.unmodifiableSet(new LinkedHashSet<>(generic));
		Map<String, List<String>> familyCopy = new LinkedHashMap<>();
		families.forEach((key, members) -> familyCopy.put(key, List.copyOf(members)));
		families = Collections.unmodifiableMap(familyCopy);
	}

	public Synonyms(String source, Map<String, List<String>> concepts) {
		this(source, concepts, Set.of(), Map.of());
	}

	/**
	 * The families a concept belongs to.
	 */
	public List<String> familiesOf(String concept) {
		return this.families.entrySet()
			.stream()
			.filter((family) -> family.getValue().contains(concept))
			.map(Map.Entry::getKey)
			.toList();
	}

}
