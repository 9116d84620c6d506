package io.wocas.bridge.voice.tagging;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Removes customer data from texts before they are stored or logged: e-mail addresses,
 * IBANs and Belgian bank accounts, payment card numbers, Belgian national register
 * numbers, and phone numbers (Belgian and international).
 * <p>
 * The order matters: an IBAN or a card number contains digit runs that would look like
 * phone numbers, so they go first. Checksums (IBAN mod 97, Luhn, national register mod
 * 97) keep ordinary numbers in place, but where the layout alone is unmistakable (a
 * Belgian IBAN with a typo, {@code 85.07.30-033.61}, eleven digits that open with a birth
 * date) the text is redacted anyway: a leaked account costs more than a masked reference.
 * Dates ({@code 12/03/2026}), amounts ({@code € 1.234,56}), short customer, contract and
 * meter numbers, invoice numbers ({@code FAC-2026-001234}) and structured payment
 * references ({@code +++090/9337/55493+++}) are left alone.
 */
@Component
public class Redactor {

	static final String EMAIL = "[email]";

	static final String IBAN = "[iban]";

	static final String CARD = "[card]";

	static final String NATIONAL_ID = "[national-id]";

	static final String PHONE = "[phone]";

	private static final Pattern EMAIL_PATTERN = Pattern
		.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	private static final Pattern IBAN_CANDIDATE = Pattern
		.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}(?:[ \\u00A0-]?[A-Za-z0-9]){11,30}");

	private static final Pattern BELGIAN_ACCOUNT = Pattern.compile("(?<![\\d-])\\d{3}-\\d{7}-\\d{2}(?![\\d-])");

	private static final Pattern CARD_CANDIDATE = Pattern.compile("(?<![\\d.,/-])[2-6](?:[ \\u00A0-]?\\d){12,18}");

	private static final Pattern NATIONAL_ID_PATTERN = Pattern
		.compile("(?<![\\d.,/+-])\\d{2}[. ]?\\d{2}[. ]?\\d{2}[-. ]?\\d{3}[. ]?\\d{2}(?![\\d]|[.,/-]\\d)");

	private static final Pattern FORMATTED_NATIONAL_ID = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}");

	private static final String SEP = "[ \\u00A0./-]";

	private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\+|00)[1-9]\\d{0,2}(?:"
			+ SEP + "?\\(0\\))?(?:" + SEP + "?\\d){4,13}(?!" + SEP + "?\\d)");

	private static final Pattern NATIONAL_PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+/.,-])(?:0(?:" + SEP
			+ "?\\d){8,9}|\\(0\\d{1,3}\\)[ \\u00A0]?\\d(?:" + SEP + "?\\d){5,7})(?!" + SEP + "?\\d)");

	private static final Pattern DATE_INSIDE = Pattern
		.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}");

	private static final Pattern REFERENCE_CONTEXT = Pattern.compile(
			"(?iu)\\b(?:compteur|meter|watermeter|teller|ean|contrat|contract|facture|factuur|invoice|r[ée]f[ée]rence|referentie|ref|btw|tva|vat|kbo|bce|be|ondernemingsnummer|entreprise)(?:\\W{0,3}(?:n°|nr|no|num[ée]ro|nummer))?\\W{0,6}$");

	private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AT", 20),
			Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24),
			Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
			Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20),
			Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MA", 28), Map.entry("MC", 27), Map.entry("MT", 31),
			Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
			Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("TR", 26));

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	public String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String redacted = EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
		redacted = replace(redacted, IBAN_CANDIDATE, this::iban);
		redacted = BELGIAN_ACCOUNT.matcher(redacted).replaceAll(IBAN);
		redacted = replace(redacted, CARD_CANDIDATE, this::card);
		redacted = replace(redacted, NATIONAL_ID_PATTERN, this::nationalId);
		redacted = replace(redacted, INTERNATIONAL_PHONE, this::internationalPhone);
		return replace(redacted, NATIONAL_PHONE, this::nationalPhone);
	}

	/**
	 * Replaces what {@code decide} accepts; {@code decide} returns the length of the
	 * candidate to redact plus its placeholder, or {@code null} to keep the text.
	 */
	private static String replace(String text, Pattern pattern, Function<Candidate, Redaction> decide) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = null;
		int copied = 0;
		int from = 0;
		while (from <= text.length() && matcher.find(from)) {
			Redaction redaction = decide.apply(new Candidate(text, matcher.start(), matcher.group()));
			if (redaction == null) {
				from = matcher.start() + 1;
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text.length());
			}
			out.append(text, copied, matcher.start()).append(redaction.placeholder());
			copied = matcher.start() + redaction.length();
			from = copied;
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copied, text.length()).toString();
	}

	private Redaction iban(Candidate candidate) {
		String value = candidate.value();
		Integer expected = IBAN_LENGTHS.get(value.substring(0, 2).toUpperCase(Locale.ROOT));
		Redaction valid = longestValid(candidate, value, expected);
		if (valid != null || expected == null || !Character.isUpperCase(value.charAt(0))) {
			return valid;
		}
		int end = endOfAlnum(value, expected);
		if (end > 0 && endsAtWordBoundary(candidate, end)
				&& compact(value.substring(0, end)).substring(4).chars().filter(Character::isDigit).count() >= 10) {
			return new Redaction(end, IBAN);
		}
		return null;
	}

	private Redaction longestValid(Candidate candidate, String value, Integer expected) {
		for (int end = value.length(); end > 0; end--) {
			if (!Character.isLetterOrDigit(value.charAt(end - 1)) || !endsAtWordBoundary(candidate, end)) {
				continue;
			}
			String compact = compact(value.substring(0, end));
			if (compact.length() >= 15 && (expected == null || expected == compact.length()) && validIban(compact)) {
				return new Redaction(end, IBAN);
			}
		}
		return null;
	}

	private static int endOfAlnum(String value, int count) {
		int seen = 0;
		for (int i = 0; i < value.length(); i++) {
			if (Character.isLetterOrDigit(value.charAt(i)) && ++seen == count) {
				return i + 1;
			}
		}
		return -1;
	}

	private static boolean endsAtWordBoundary(Candidate candidate, int end) {
		int next = candidate.start() + end;
		String text = candidate.text();
		return next >= text.length() || !Character.isLetterOrDigit(text.charAt(next));
	}

	private static String compact(String value) {
		StringBuilder compact = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				compact.append(Character.toUpperCase(c));
			}
		}
		return compact.toString();
	}

	static boolean validIban(String iban) {
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		StringBuilder digits = new StringBuilder(rearranged.length() * 2);
		for (int i = 0; i < rearranged.length(); i++) {
			char c = rearranged.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				digits.append(c - 'A' + 10);
			}
			else {
				return false;
			}
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
	}

	private Redaction card(Candidate candidate) {
		String value = candidate.value();
		for (int end = value.length(); end > 0; end--) {
			if (!Character.isDigit(value.charAt(end - 1))) {
				continue;
			}
			int next = candidate.start() + end;
			String text = candidate.text();
			if (next < text.length() && (Character.isLetterOrDigit(text.charAt(next)) || (next + 1 < text.length()
					&& ",./".indexOf(text.charAt(next)) >= 0 && Character.isDigit(text.charAt(next + 1))))) {
				continue;
			}
			String digits = compact(value.substring(0, end));
			if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
				return new Redaction(end, CARD);
			}
		}
		return null;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private Redaction nationalId(Candidate candidate) {
		String value = candidate.value();
		String digits = compact(value);
		if (FORMATTED_NATIONAL_ID.matcher(value).matches() || validNationalId(digits) || plausibleBirthDate(digits)) {
			return new Redaction(value.length(), NATIONAL_ID);
		}
		return null;
	}

	static boolean validNationalId(String digits) {
		if (digits.length() != 11) {
			return false;
		}
		long base = Long.parseLong(digits.substring(0, 9));
		int check = Integer.parseInt(digits.substring(9));
		return 97 - (base % 97) == check || 97 - ((2_000_000_000L + base) % 97) == check;
	}

	/**
	 * Whether the first six digits read as a birth date (month shifted by 20 or 40 for
	 * foreigners' BIS numbers, zero when unknown). A mistyped check digit still leaves a
	 * national register number, so a plausible date is enough.
	 */
	static boolean plausibleBirthDate(String digits) {
		int month = Integer.parseInt(digits.substring(2, 4)) % 20;
		int shift = Integer.parseInt(digits.substring(2, 4)) / 20;
		int day = Integer.parseInt(digits.substring(4, 6));
		return shift <= 2 && month <= 12 && day <= 31;
	}

	private Redaction internationalPhone(Candidate candidate) {
		String value = candidate.value();
		long digits = value.chars().filter(Character::isDigit).count();
		if (value.startsWith("00") && digits < 12) {
			return null;
		}
		if (digits < 8 || DATE_INSIDE.matcher(value).find() || followedBy(candidate, ':')) {
			return null;
		}
		return new Redaction(value.length(), PHONE);
	}

	private Redaction nationalPhone(Candidate candidate) {
		String value = candidate.value();
		if (DATE_INSIDE.matcher(value).find() || followedBy(candidate, ':')) {
			return null;
		}
		if (REFERENCE_CONTEXT
			.matcher(candidate.text().substring(Math.max(0, candidate.start() - 30), candidate.start()))
			.find()) {
			return null;
		}
		return new Redaction(value.length(), PHONE);
	}

	private static boolean followedBy(Candidate candidate, char c) {
		int next = candidate.start() + candidate.value().length();
		return next < candidate.text().length() && candidate.text().charAt(next) == c;
	}

	private record Candidate(String text, int start, String value) {

	}

	private record Redaction(int length, String placeholder) {

	}

}
