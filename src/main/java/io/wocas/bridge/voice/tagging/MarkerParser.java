package io.wocas.bridge.voice.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Severity;

/**
 * Reads the marker an adviser types in a case note or a forwarded mail to say "this is a
 * voice", and the optional parts after it.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * marker-line = [text] marker *( separator part ) end-of-line
 * marker      = the configured marker (default "#WOCAS"), any case, not glued to a letter or digit
 * part        = key ":" value  |  key "=" value  |  free-word
 * key         = "sev" | "severity" | "gravite" | "gravité" | "ernst"                   -- severity
 *             | "freq" | "frequency" | "frequence" | "fréquence" | "frequentie"      -- frequency
 *             | "reason" | "reasons" | "raison" | "reden" | "code" | "codes"          -- reason codes
 * </pre>
 *
 * <ul>
 * <li>The marker may appear anywhere (subject or body); parts follow it on the same line,
 * all optional, in any order. Reading stops at the end of that line. Spaces around
 * {@code :}, {@code =} and {@code ,} are allowed ({@code sev : 3}).</li>
 * <li>Severity: {@code 1}..{@code 4}, or a word: low/faible/laag (1), medium/moyen/middel
 * (2), high/élevé/hoog (3), critical/critique/kritiek/urgent (4).</li>
 * <li>Frequency: {@code daily} | {@code weekly} | {@code monthly} | {@code rare}, or an
 * alias: quotidien, journalier, jour, dagelijks, dag; hebdo, hebdomadaire, semaine,
 * wekelijks, week; mensuel, mois, maandelijks, maand; rarement, occasionnel, zelden,
 * seldom.</li>
 * <li>Reason codes: one or several, comma-separated
 * ({@code reason:BILL-ANNUAL,METER-READING}), any case; each must exist in the
 * taxonomy.</li>
 * <li>Nothing here is fatal: an unknown key ({@code foo:bar}), a bad value
 * ({@code sev:9}, {@code freq:sometimes}), an unknown reason code or a key without a
 * colon ({@code sev3}) becomes a warning that names the part, and the rest is still read.
 * When a key is given twice the first value wins and the second is reported.</li>
 * <li>Other words after the marker are free text: they are kept for the taxonomy, as is
 * everything before the marker and on other lines. URLs and times ({@code 10:30}) are
 * free text too.</li>
 * </ul>
 *
 * Example: {@code #wocas sev:3 freq:hebdo reason:bill-annual,METER-READING}.
 */
public final class MarkerParser {

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("sev", "sev"), Map.entry("severity", "sev"),
			Map.entry("gravite", "sev"), Map.entry("gravité", "sev"), Map.entry("ernst", "sev"),
			Map.entry("freq", "freq"), Map.entry("frequency", "freq"), Map.entry("frequence", "freq"),
			Map.entry("fréquence", "freq"), Map.entry("frequentie", "freq"), Map.entry("reason", "reason"),
			Map.entry("reasons", "reason"), Map.entry("raison", "reason"), Map.entry("reden", "reason"),
			Map.entry("code", "reason"), Map.entry("codes", "reason"));

	private static final Map<String, Integer> SEVERITY_WORDS = Map.ofEntries(Map.entry("low", 1),
			Map.entry("faible", 1), Map.entry("laag", 1), Map.entry("minor", 1), Map.entry("mineur", 1),
			Map.entry("medium", 2), Map.entry("moyen", 2), Map.entry("moyenne", 2), Map.entry("middel", 2),
			Map.entry("gemiddeld", 2), Map.entry("high", 3), Map.entry("élevé", 3), Map.entry("eleve", 3),
			Map.entry("élevée", 3), Map.entry("elevee", 3), Map.entry("haut", 3), Map.entry("hoog", 3),
			Map.entry("critical", 4), Map.entry("critique", 4), Map.entry("kritiek", 4), Map.entry("urgent", 4));

	private static final Map<String, Frequency> FREQUENCY_WORDS = Map.ofEntries(Map.entry("daily", Frequency.DAILY),
			Map.entry("day", Frequency.DAILY), Map.entry("quotidien", Frequency.DAILY),
			Map.entry("quotidienne", Frequency.DAILY), Map.entry("journalier", Frequency.DAILY),
			Map.entry("jour", Frequency.DAILY), Map.entry("dagelijks", Frequency.DAILY),
			Map.entry("dag", Frequency.DAILY), Map.entry("weekly", Frequency.WEEKLY),
			Map.entry("week", Frequency.WEEKLY), Map.entry("hebdo", Frequency.WEEKLY),
			Map.entry("hebdomadaire", Frequency.WEEKLY), Map.entry("semaine", Frequency.WEEKLY),
			Map.entry("wekelijks", Frequency.WEEKLY), Map.entry("monthly", Frequency.MONTHLY),
			Map.entry("month", Frequency.MONTHLY), Map.entry("mensuel", Frequency.MONTHLY),
			Map.entry("mensuelle", Frequency.MONTHLY), Map.entry("mois", Frequency.MONTHLY),
			Map.entry("maandelijks", Frequency.MONTHLY), Map.entry("maand", Frequency.MONTHLY),
			Map.entry("rare", Frequency.RARE), Map.entry("rarely", Frequency.RARE), Map.entry("seldom", Frequency.RARE),
			Map.entry("rarement", Frequency.RARE), Map.entry("occasionnel", Frequency.RARE),
			Map.entry("zelden", Frequency.RARE));

	private static final Pattern AROUND_SEPARATORS = Pattern.compile("\\s*([:=,])\\s*");

	private static final Pattern KEY_VALUE = Pattern.compile("(\\p{L}[\\p{L}_-]*)[:=](.*)");

	private static final Pattern GLUED_KEY = Pattern.compile("(?iu)(sev|severity|freq|frequency|reason)\\d*");

	private final Pattern marker;

	private final Taxonomy taxonomy;

	public MarkerParser(String marker, Taxonomy taxonomy) {
		if (marker == null || marker.isBlank()) {
			throw new IllegalArgumentException("marker must not be blank");
		}
		this.marker = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(marker.trim()) + "(?![\\p{L}\\p{N}_])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.taxonomy = taxonomy;
	}

	public MarkedTags parse(String text) {
		if (text == null || text.isEmpty()) {
			return new MarkedTags(false, null, null, List.of(), List.of(), "");
		}
		Result result = new Result();
		StringBuilder remainder = new StringBuilder(text.length());
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				remainder.append('\n');
			}
			remainder.append(parseLine(lines[i], result));
		}
		return new MarkedTags(result.marked, result.severity, result.frequency, result.reasonCodes, result.warnings,
				remainder.toString());
	}

	private String parseLine(String line, Result result) {
		Matcher matcher = this.marker.matcher(line);
		if (!matcher.find()) {
			return line;
		}
		result.marked = true;
		StringBuilder kept = new StringBuilder(line.substring(0, matcher.start()).stripTrailing());
		String rest = this.marker.matcher(line.substring(matcher.end())).replaceAll(" ");
		String normalised = AROUND_SEPARATORS.matcher(rest).replaceAll("$1").replaceFirst("^[:=,\\-–]+", "");
		for (String token : normalised.trim().split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			if (!readPart(token, result)) {
				kept.append(kept.isEmpty() ? "" : " ").append(token);
			}
		}
		return kept.toString();
	}

	/**
	 * Reads one whitespace-separated token; returns whether it was a marker part (read or
	 * reported) rather than free text.
	 */
	private boolean readPart(String token, Result result) {
		Matcher keyValue = KEY_VALUE.matcher(token);
		if (!keyValue.matches() || keyValue.group(2).startsWith("/")) {
			if (GLUED_KEY.matcher(token).matches()) {
				result.warnings.add("marker part '" + token + "' has no ':' (write it like sev:3)");
				return true;
			}
			return false;
		}
		String key = keyValue.group(1);
		List<String> values = new ArrayList<>();
		String currentKey = key;
		for (String item : keyValue.group(2).split(",")) {
			Matcher nested = KEY_VALUE.matcher(item);
			if (nested.matches()) {
				readKey(currentKey, values, result);
				currentKey = nested.group(1);
				values = new ArrayList<>();
				item = nested.group(2);
			}
			if (!item.isBlank()) {
				values.add(item.trim());
			}
		}
		readKey(currentKey, values, result);
		return true;
	}

	private void readKey(String key, List<String> values, Result result) {
		String kind = KEYS.get(key.toLowerCase(Locale.ROOT));
		String part = key + ":" + String.join(",", values);
		if (kind == null) {
			result.warnings.add("unknown marker part '" + part + "' (known: sev, freq, reason)");
			return;
		}
		if (values.isEmpty()) {
			result.warnings.add("marker part '" + part + "' has no value");
			return;
		}
		switch (kind) {
			case "sev" -> readSeverity(part, values, result);
			case "freq" -> readFrequency(part, values, result);
			default -> readReasons(values, result);
		}
	}

	private void readSeverity(String part, List<String> values, Result result) {
		Optional<Severity> severity = (values.size() == 1) ? severity(values.get(0)) : Optional.empty();
		if (severity.isEmpty()) {
			result.warnings.add("marker part '" + part + "': severity must be 1, 2, 3 or 4");
		}
		else if (result.severity != null && !result.severity.equals(severity.get())) {
			result.warnings
				.add("marker part '" + part + "' ignored: severity already given as " + result.severity.level());
		}
		else {
			result.severity = severity.get();
		}
	}

	private void readFrequency(String part, List<String> values, Result result) {
		Frequency frequency = (values.size() == 1) ? FREQUENCY_WORDS.get(values.get(0).toLowerCase(Locale.ROOT)) : null;
		if (frequency == null) {
			result.warnings.add("marker part '" + part + "': frequency must be daily, weekly, monthly or rare");
		}
		else if (result.frequency != null && result.frequency != frequency) {
			result.warnings
				.add("marker part '" + part + "' ignored: frequency already given as " + result.frequency.code());
		}
		else {
			result.frequency = frequency;
		}
	}

	private void readReasons(List<String> values, Result result) {
		for (String value : values) {
			Optional<Taxonomy.ReasonCode> code = (this.taxonomy != null) ? this.taxonomy.find(value) : Optional.empty();
			if (code.isEmpty()) {
				result.warnings.add("marker part 'reason:" + value + "': unknown reason code");
			}
			else if (!result.reasonCodes.contains(code.get().code())) {
				result.reasonCodes.add(code.get().code());
			}
		}
	}

	private static Optional<Severity> severity(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		Integer level = SEVERITY_WORDS.get(lower);
		if (level == null && lower.matches("[1-4]")) {
			level = Integer.parseInt(lower);
		}
		return Optional.ofNullable(level).map(Severity::new);
	}

	private static final class Result {

		private boolean marked;

		private Severity severity;

		private Frequency frequency;

		private final List<String> reasonCodes = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

	}

}
