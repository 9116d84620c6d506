package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.voice.Language;

/**
 * Finds synonym phrases in analysed text. Every phrase, whatever its language, is
 * analysed with every chain and stored in that chain's trie, so a Dutch word in a French
 * note (or a voice whose language was misdetected) still maps to its concept. At each
 * position the longest phrase wins, so "frais de rappel" is a reminder fee and not also a
 * bare reminder.
 */
final class ConceptMatcher {

	private final Map<Language, Node> tries = new EnumMap<>(Language.class);

	ConceptMatcher(Synonyms synonyms, GroupingAnalyzers analyzers) {
		for (Language chain : GroupingAnalyzers.CHAINS) {
			this.tries.put(chain, new Node());
		}
		synonyms.concepts().forEach((concept, phrases) -> {
			for (int i = 0; i < phrases.size(); i++) {
				boolean any = false;
				for (Language chain : GroupingAnalyzers.CHAINS) {
					List<String> tokens = analyzers.analyzePhrase(chain, phrases.get(i));
					if (!tokens.isEmpty()) {
						this.tries.get(chain).add(tokens, 0, concept);
						any = true;
					}
				}
				if (!any) {
					throw new InvalidSynonymsException(synonyms.source(),
							SynonymsLoader.ROOT_KEY + "." + concept + "[" + i + "]",
							"'" + phrases.get(i) + "' has no word left after analysis (only stop words?)");
				}
			}
		});
	}

	/**
	 * Concepts found in the tokens, once per occurrence, and which tokens they covered.
	 */
	List<String> match(Language language, List<String> tokens) {
		Node root = this.tries.get(GroupingAnalyzers.chainOf(language));
		List<String> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Node node = root;
			Node matched = null;
			int end = i;
			for (int j = i; j < tokens.size(); j++) {
				node = node.children.get(tokens.get(j));
				if (node == null) {
					break;
				}
				if (!node.concepts.isEmpty()) {
					matched = node;
					end = j;
				}
			}
			if (matched != null) {
				found.addAll(matched.concepts);
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static final class Node {

		private final Map<String, Node> children = new HashMap<>();

		private final List<String> concepts = new ArrayList<>(1);

		void add(List<String> tokens, int from, String concept) {
			if (from == tokens.size()) {
				if (!this.concepts.contains(concept)) {
					this.concepts.add(concept);
				}
				return;
			}
			this.children.computeIfAbsent(tokens.get(from), (token) -> new Node()).add(tokens, from + 1, concept);
		}

	}

}
