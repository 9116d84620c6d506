package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what says nothing about the problem, so that it neither makes unrelated voices
 * look alike ("Bonjour", "Met vriendelijke groeten") nor makes related voices look apart
 * (a customer's name, a phone signature): forwarded-mail header lines (Outlook FR/NL/EN
 * and Gmail), quoted-reply introductions, greetings, closings and the short signature
 * lines after them, "sent from my phone" lines and redaction tokens. The subject of a
 * forwarded mail is kept without its {@code RE:}/{@code TR:}/{@code Fwd:} prefixes. The
 * marker line is removed beforehand by the marker parser.
 */
final class TextCleaner {

	private static final Pattern REDACTION = Pattern.compile("\\[[a-z][a-z_-]{1,20}]", Pattern.CASE_INSENSITIVE);

	private static final Pattern SUBJECT = Pattern
		.compile("(?iu)^\\s*(?:objet|sujet|subject|onderwerp|betreft)\\s*:\\s*(.*)$");

	private static final Pattern HEADER = Pattern.compile("(?iu)^\\s*(?:de|à|a|cc|cci|bcc|envoyé|envoye|date|from|to|"
			+ "sent|van|aan|verzonden|datum|verstuurd|reply-to|répondre à|pièces jointes|attachments|bijlagen)\\s*:.*$");

	private static final Pattern SEPARATOR = Pattern
		.compile("(?iu)^\\s*[-_=*>]{2,}.*$|^\\s*(?:begin forwarded message|message transféré|doorgestuurd bericht"
				+ "|original message|message d'origine|oorspronkelijk bericht|forwarded message)\\b.*$");

	private static final Pattern REPLY_INTRO = Pattern
		.compile("(?iu)^.{0,160}(?:a écrit|a ecrit|wrote|schreef|heeft geschreven)\\s*:\\s*$");

	private static final Pattern SUBJECT_PREFIX = Pattern
		.compile("(?iu)^(?:\\s*(?:re|tr|fw|fwd|aw|antw|wg|réf)\\s*:)+");

	private static final Pattern DEVICE = Pattern.compile("(?iu)^\\s*(?:envoyé|envoye|sent|verzonden|verstuurd|"
			+ "get outlook|obtenir outlook|download outlook)\\b.{0,40}(?:iphone|ipad|android|samsung|galaxy|mobile|"
			+ "smartphone|gsm|outlook|gmail|phone|telefoon|téléphone)\\b.{0,30}$");

	private static final String GREETING_WORDS = "bonjour|bonsoir|bjr|hello|hi|hey|dear|beste|geachte|goedemorgen"
			+ "|goedemiddag|goedenavond|goeiedag|hallo|dag|madame|monsieur|mevrouw|meneer|mijnheer|cher|chère|chers"
			+ "|mesdames|messieurs|good morning|good afternoon|to whom it may concern";

	private static final Pattern GREETING_LINE = Pattern
		.compile("(?iu)^\\s*(?:" + GREETING_WORDS + ")(?:\\s*[,:!]?|\\b(?:[\\s,]+[\\p{L}.'’-]+){1,3}\\s*[,:!])\\s*$");

	private static final Pattern GREETING_PREFIX = Pattern.compile("(?iu)^\\s*(?:" + GREETING_WORDS + ")\\s*[,!]\\s*");

	private static final Pattern CLOSING = Pattern.compile("(?iu)^\\s*(?:bien cordialement|cordialement|cdlt|"
			+ "bien à vous|bien a vous|bàv|bav|salutations(?: distinguées)?|meilleures salutations|sincères salutations|"
			+ "veuillez agréer.*|merci(?: d'avance| beaucoup| bcp| à vous| pour votre aide)?|d'avance merci|"
			+ "bonne journée|salut|met vriendelijke groeten|vriendelijke groeten|hartelijke groeten|beste groeten|"
			+ "groeten|groetjes|mvg|m\\.v\\.g\\.?|vg|alvast bedankt|bedankt|dank u(?: wel)?|dank je(?: wel)?|"
			+ "kind regards|best regards|warm regards|regards|many thanks|thanks(?: a lot| in advance)?|thank you|"
			+ "cheers|sincerely|yours sincerely|yours faithfully|best)\\b[\\s,.!]*([\\p{L}.'’-]+[\\s,.]*){0,3}$");

	private static final int SIGNATURE_LINE_WORDS = 5;

	String clean(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String[] lines = REDACTION.matcher(text).replaceAll(" ").split("\\R", -1);
		List<String> kept = new ArrayList<>();
		boolean inSignature = false;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				inSignature = false;
				continue;
			}
			Matcher subject = SUBJECT.matcher(line);
			if (subject.matches()) {
				inSignature = false;
				kept.add(SUBJECT_PREFIX.matcher(subject.group(1)).replaceFirst("").strip());
				continue;
			}
			if (HEADER.matcher(line).matches() || SEPARATOR.matcher(line).matches()
					|| REPLY_INTRO.matcher(line).matches() || DEVICE.matcher(line).matches()) {
				inSignature = false;
				continue;
			}
			if (CLOSING.matcher(line).matches()) {
				inSignature = true;
				continue;
			}
			if (inSignature && words(line) <= SIGNATURE_LINE_WORDS) {
				continue;
			}
			inSignature = false;
			if (GREETING_LINE.matcher(line).matches()) {
				continue;
			}
			line = GREETING_PREFIX.matcher(line).replaceFirst("");
			line = SUBJECT_PREFIX.matcher(line).replaceFirst("");
			kept.add(line);
		}
		return String.join("\n", kept);
	}

	private static int words(String line) {
		return line.split("\\s+").length;
	}

}
