package io.wocas.bridge.voice.tagging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wocas.bridge.voice.Language;

/**
 * The reason codes ops maintain in {@code connectors/taxonomy.yaml}: what a voice is
 * about, with labels and the terms advisers use for it in French, Dutch and English.
 * Codes are upper case and compared case-insensitively.
 *
 * @param source where the taxonomy was read from, named in error messages
 * @param reasonCodes the reason codes, in file order
 */
public record Taxonomy(String source, List<ReasonCode> reasonCodes) {

	public Taxonomy {
		reasonCodes = List.copyOf(reasonCodes);
	}

	public boolean contains(String code) {
		return find(code).isPresent();
	}

	public Optional<ReasonCode> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase(Locale.ROOT);
		return this.reasonCodes.stream().filter((reasonCode) -> reasonCode.code().equals(wanted)).findFirst();
	}

	public Map<String, ReasonCode> byCode() {
		return this.reasonCodes.stream()
			.collect(Collectors.toMap(ReasonCode::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * One reason code.
	 *
	 * @param code upper-case code such as {@code BILL-ANNUAL}
	 * @param labels human label per language
	 * @param terms words and phrases per language that point at this reason
	 */
	public record ReasonCode(String code, Map<Language, String> labels, Map<Language, List<String>> terms) {

		public ReasonCode {
			labels = Map.copyOf(labels);
			terms = terms.entrySet()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
		}

		public String label(Language language) {
			String label = this.labels.get(language);
			if (label != null) {
				return label;
			}
			return this.labels.values().stream().findFirst().orElse(this.code);
		}

	}

}
