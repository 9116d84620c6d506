package io.wocas.bridge.voice.intake.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header block that mail clients write above a forwarded mail inside the body
 * (Outlook in French, Dutch and English, Gmail) and reads the date the customer's mail
 * was sent. Those dates are written for humans, in the forwarder's language and without a
 * zone, so they are read leniently and in the contact centre's zone.
 */
final class ForwardHeader {

	private static final Pattern SEPARATOR = Pattern.compile(
			"^\\s*-{3,}\\s*(original message|forwarded message|message d'origine|message transf[ée]r[ée]|"
					+ "oorspronkelijk bericht|doorgestuurd bericht|urspr[üu]ngliche nachricht)\\s*-{3,}\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern FROM = Pattern.compile("^\\s*\\*?(from|de|van|von)\\s*:",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DATE = Pattern.compile(
			"^\\s*\\*?(sent|date|envoy[ée]|verzonden|datum|gesendet)\\s*:\\s*\\*?\\s*(.+?)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final int HEADER_LINES = 8;

	private static final Pattern DAY_MONTH_NAME_YEAR = Pattern
		.compile("(\\d{1,2})(?:er)?\\.?\\s+(\\p{L}{3,10})\\.?,?\\s+(\\d{4})", Pattern.UNICODE_CASE);

	private static final Pattern MONTH_NAME_DAY_YEAR = Pattern.compile("(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})",
			Pattern.UNICODE_CASE);

	private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hu.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc)?\\s*([+-])(\\d{2}):?(\\d{2})\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, Integer> MONTHS = months();

	private ForwardHeader() {
	}

	/**
	 * When the first mail forwarded in this text was sent, if the text holds a forward
	 * header with a readable date.
	 */
	static Optional<Instant> forwardedSentAt(String text, ZoneId zone) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			boolean separator = SEPARATOR.matcher(lines[i]).matches();
			if (separator || FROM.matcher(lines[i]).find()) {
				Optional<String> date = dateLine(lines, i + 1);
				if (date.isPresent()) {
					return parseDate(date.get(), zone);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> dateLine(String[] lines, int from) {
		for (int i = from; i < Math.min(lines.length, from + HEADER_LINES); i++) {
			Matcher date = DATE.matcher(lines[i]);
			if (date.matches()) {
				return Optional.of(date.group(2));
			}
		}
		return Optional.empty();
	}

	static Optional<Instant> parseDate(String value, ZoneId zone) {
		String lower = value.toLowerCase(Locale.ROOT);
		int[] ymd = null;
		int end = 0;
		Matcher matcher = DAY_MONTH_NAME_YEAR.matcher(lower);
		if (matcher.find() && MONTHS.containsKey(matcher.group(2))) {
			ymd = new int[] { Integer.parseInt(matcher.group(3)), MONTHS.get(matcher.group(2)),
					Integer.parseInt(matcher.group(1)) };
			end = matcher.end();
		}
		if (ymd == null && (matcher = MONTH_NAME_DAY_YEAR.matcher(lower)).find()
				&& MONTHS.containsKey(matcher.group(1))) {
			ymd = new int[] { Integer.parseInt(matcher.group(3)), MONTHS.get(matcher.group(1)),
					Integer.parseInt(matcher.group(2)) };
			end = matcher.end();
		}
		if (ymd == null && (matcher = ISO_DATE.matcher(lower)).find()) {
			ymd = new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)) };
			end = matcher.end();
		}
		if (ymd == null && (matcher = NUMERIC_DATE.matcher(lower)).find()) {
			ymd = new int[] { Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(1)) };
			end = matcher.end();
		}
		if (ymd == null) {
			return Optional.empty();
		}
		try {
			LocalDateTime dateTime = LocalDateTime.of(ymd[0], ymd[1], ymd[2], 0, 0);
			String rest = lower.substring(end);
			Matcher time = TIME.matcher(rest);
			if (time.find()) {
				int hour = Integer.parseInt(time.group(1));
				String meridiem = time.group(4);
				if (meridiem != null) {
					boolean pm = meridiem.startsWith("p");
					hour = (hour % 12) + (pm ? 12 : 0);
				}
				int seconds = (time.group(3) != null) ? Integer.parseInt(time.group(3)) : 0;
				dateTime = dateTime.withHour(hour).withMinute(Integer.parseInt(time.group(2))).withSecond(seconds);
				rest = rest.substring(time.end());
			}
			Matcher offset = OFFSET.matcher(rest);
			ZoneId effectiveZone = zone;
			if (offset.find()) {
				int sign = offset.group(1).equals("-") ? -1 : 1;
				effectiveZone = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.group(2)),
						sign * Integer.parseInt(offset.group(3)));
			}
			return Optional.of(dateTime.atZone(effectiveZone).toInstant());
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Integer> months() {
		String[][] names = { { "january", "jan", "janv", "janvier", "januari" },
				{ "february", "feb", "févr", "fevr", "février", "fevrier", "februari" },
				{ "march", "mar", "mars", "maart", "mrt", "mrz" }, { "april", "apr", "avr", "avril" },
				{ "may", "mai", "mei" }, { "june", "jun", "juin", "juni" },
				{ "july", "jul", "juil", "juillet", "juli" }, { "august", "aug", "août", "aout", "augustus" },
				{ "september", "sep", "sept", "septembre" }, { "october", "oct", "octobre", "okt", "oktober" },
				{ "november", "nov", "novembre" }, { "december", "dec", "déc", "décembre", "decembre" } };
		Map<String, Integer> months = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return Map.copyOf(months);
	}

}
