package io.wocas.bridge.voice.intake.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

/**
 * Builds the raw bytes of mails as advisers forward them: a note carrying the marker,
 * then the customer's mail, forwarded inline by Outlook (French, Dutch, English) or
 * Gmail, or attached as a message. Defaults to an Outlook French forward in plain text.
 */
final class MailTestData {

	static final String ADVISER = "Anne.Lambert@Wocas-Utility.be";

	static final String CUSTOMER_EMAIL = "jean.dupont@example.org";

	static final String CUSTOMER_PHONE = "0470 12 34 56";

	static final String CUSTOMER_IBAN = "BE68 5390 0754 7034";

	enum Forward {

		NONE, OUTLOOK_FR, OUTLOOK_NL, OUTLOOK_EN, GMAIL, ATTACHED

	}

	enum Body {

		PLAIN, ALTERNATIVE, HTML

	}

	private String from = "Anne Lambert <" + ADVISER + ">";

	private String subject = "TR: Facture annuelle incompréhensible";

	private String messageId = "<" + UUID.randomUUID() + "@wocas-utility.be>";

	private String date = "Tue, 4 Mar 2025 09:30:00 +0100";

	private String note = "#WOCAS sev:3 Le client ne comprend pas sa facture annuelle.";

	private String customerText = "Bonjour,\nJe ne comprends pas le montant de ma facture annuelle.\nCordialement,\nJean Dupont";

	private Forward forward = Forward.OUTLOOK_FR;

	private Body body = Body.PLAIN;

	private String charset = "UTF-8";

	private String transferEncoding = "8bit";

	private final List<String[]> attachments = new ArrayList<>();

	private MailTestData() {
	}

	static MailTestData aForward() {
		return new MailTestData();
	}

	static MailTestData aPlainMail() {
		return new MailTestData().notForwarded()
			.withSubject("Facture annuelle incompréhensible")
			.withNote("#WOCAS sev:2 Plusieurs clients trouvent la facture annuelle incompréhensible.");
	}

	MailTestData inFrench() {
		this.forward = Forward.OUTLOOK_FR;
		return this;
	}

	MailTestData inDutch() {
		this.forward = Forward.OUTLOOK_NL;
		this.subject = "Doorst: Jaarafrekening onbegrijpelijk";
		this.note = "#WOCAS sev:3 Klant begrijpt de jaarafrekening niet.";
		this.customerText = "Beste,\nIk begrijp het bedrag van mijn jaarafrekening niet.\nMet vriendelijke groeten,\nJan Peeters";
		return this;
	}

	MailTestData inEnglish() {
		this.forward = Forward.OUTLOOK_EN;
		this.subject = "FW: Annual statement unclear";
		return this;
	}

	MailTestData fromGmail() {
		this.forward = Forward.GMAIL;
		this.subject = "Fwd: Facture annuelle incompréhensible";
		return this;
	}

	MailTestData asAttachedMessage() {
		this.forward = Forward.ATTACHED;
		return this;
	}

	MailTestData notForwarded() {
		this.forward = Forward.NONE;
		return this;
	}

	MailTestData asAlternative() {
		this.body = Body.ALTERNATIVE;
		return this;
	}

	MailTestData asHtmlOnly() {
		this.body = Body.HTML;
		return this;
	}

	MailTestData inLatin1QuotedPrintable() {
		this.charset = "ISO-8859-1";
		this.transferEncoding = "quoted-printable";
		return this;
	}

	MailTestData inWindows1252Base64() {
		this.charset = "windows-1252";
		this.transferEncoding = "base64";
		return this;
	}

	MailTestData from(String from) {
		this.from = from;
		return this;
	}

	MailTestData withSubject(String subject) {
		this.subject = subject;
		return this;
	}

	MailTestData withoutSubject() {
		this.subject = null;
		return this;
	}

	MailTestData withMessageId(String messageId) {
		this.messageId = messageId;
		return this;
	}

	MailTestData withoutMessageId() {
		this.messageId = null;
		return this;
	}

	MailTestData withNote(String note) {
		this.note = note;
		return this;
	}

	MailTestData withCustomerText(String customerText) {
		this.customerText = customerText;
		return this;
	}

	MailTestData withCustomerDetails() {
		this.customerText = "Bonjour,\nMon numéro est le " + CUSTOMER_PHONE + ", mon adresse " + CUSTOMER_EMAIL
				+ ".\nJe paie par domiciliation sur " + CUSTOMER_IBAN
				+ " et je ne comprends pas ma facture annuelle.\nJean Dupont";
		return this;
	}

	MailTestData withAttachment(String name, String contentType, int sizeBytes) {
		byte[] content = new byte[sizeBytes];
		for (int i = 0; i < sizeBytes; i++) {
			content[i] = (byte) (i % 251);
		}
		this.attachments.add(new String[] { name, contentType, Base64.getMimeEncoder().encodeToString(content) });
		return this;
	}

	String messageId() {
		return this.messageId;
	}

	byte[] bytes() {
		StringBuilder mail = new StringBuilder();
		mail.append("From: ").append(this.from).append("\r\n");
		mail.append("To: WOCAS <wocas@wocas-utility.be>\r\n");
		if (this.subject != null) {
			mail.append("Subject: ").append(encodedWord(this.subject)).append("\r\n");
		}
		mail.append("Date: ").append(this.date).append("\r\n");
		if (this.messageId != null) {
			mail.append("Message-ID: ").append(this.messageId).append("\r\n");
		}
		mail.append("MIME-Version: 1.0\r\n");
		String content = content();
		List<String[]> parts = new ArrayList<>(this.attachments);
		if (this.forward == Forward.ATTACHED) {
			parts.add(0, new String[] { "Facture.eml", "message/rfc822", null });
		}
		if (parts.isEmpty()) {
			mail.append(content);
		}
		else {
			String boundary = "----=_mixed_" + UUID.randomUUID();
			mail.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
			mail.append("This is a multi-part message in MIME format.\r\n");
			mail.append("--").append(boundary).append("\r\n").append(content).append("\r\n");
			for (String[] attachment : parts) {
				mail.append("--").append(boundary).append("\r\n");
				if (attachment[2] == null) {
					mail.append("Content-Type: message/rfc822\r\n");
					mail.append("Content-Disposition: attachment; filename=\"")
						.append(attachment[0])
						.append("\"\r\n\r\n");
					mail.append(customerMail()).append("\r\n");
				}
				else {
					mail.append("Content-Type: ")
						.append(attachment[1])
						.append("; name=\"")
						.append(attachment[0])
						.append("\"\r\n");
					mail.append("Content-Transfer-Encoding: base64\r\n");
					mail.append("Content-Disposition: attachment; filename=\"")
						.append(attachment[0])
						.append("\"\r\n\r\n");
					mail.append(attachment[2]).append("\r\n");
				}
			}
			mail.append("--").append(boundary).append("--\r\n");
		}
		return mail.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private String content() {
		String text = plainText();
		return switch (this.body) {
			case PLAIN -> textPart("text/plain", text);
			case HTML -> textPart("text/html", html(text));
			case ALTERNATIVE -> {
				String boundary = "----=_alt_" + UUID.randomUUID();
				yield "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n" + "--" + boundary
						+ "\r\n" + textPart("text/plain", text) + "\r\n--" + boundary + "\r\n"
						+ textPart("text/html", html(text)) + "\r\n--" + boundary + "--\r\n";
			}
		};
	}

	private String plainText() {
		StringBuilder text = new StringBuilder(this.note).append("\n\n");
		switch (this.forward) {
			case OUTLOOK_FR -> text.append("________________________________\n")
				.append("De : Jean Dupont <" + CUSTOMER_EMAIL + ">\n")
				.append("Envoyé : lundi 3 mars 2025 14:05\n")
				.append("À : Service clientèle <clients@wocas-utility.be>\n")
				.append("Objet : Facture annuelle\n\n")
				.append(this.customerText);
			case OUTLOOK_NL -> text.append("-----Oorspronkelijk bericht-----\n")
				.append("Van: Jan Peeters <jan.peeters@example.org>\n")
				.append("Verzonden: maandag 3 maart 2025 14:05\n")
				.append("Aan: Klantendienst <klanten@wocas-utility.be>\n")
				.append("Onderwerp: Jaarafrekening\n\n")
				.append(this.customerText);
			case OUTLOOK_EN -> text.append("-----Original Message-----\n")
				.append("From: Jean Dupont <" + CUSTOMER_EMAIL + ">\n")
				.append("Sent: Monday, March 3, 2025 2:05 PM\n")
				.append("To: Customer service <clients@wocas-utility.be>\n")
				.append("Subject: Annual statement\n\n")
				.append(this.customerText);
			case GMAIL -> text.append("---------- Forwarded message ---------\n")
				.append("From: Jean Dupont <" + CUSTOMER_EMAIL + ">\n")
				.append("Date: Mon, Mar 3, 2025 at 2:05 PM\n")
				.append("Subject: Facture annuelle\n")
				.append("To: <clients@wocas-utility.be>\n\n")
				.append(this.customerText);
			case NONE, ATTACHED -> {
			}
		}
		return text.toString().strip();
	}

	private String customerMail() {
		return "From: Jean Dupont <" + CUSTOMER_EMAIL + ">\r\n" + "To: clients@wocas-utility.be\r\n"
				+ "Subject: Facture annuelle\r\n" + "Date: Mon, 3 Mar 2025 14:05:00 +0100\r\n"
				+ "Message-ID: <customer-" + UUID.randomUUID() + "@example.org>\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n" + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
				+ encode(this.customerText.replace("\n", "\r\n"), StandardCharsets.UTF_8, "quoted-printable");
	}

	private String textPart(String type, String text) {
		Charset encoding = Charset.forName(this.charset);
		String body = switch (this.transferEncoding) {
			case "8bit" -> new String(text.replace("\n", "\r\n").getBytes(encoding), StandardCharsets.ISO_8859_1);
			default -> encode(text.replace("\n", "\r\n"), encoding, this.transferEncoding);
		};
		return "Content-Type: " + type + "; charset=" + this.charset + "\r\n" + "Content-Transfer-Encoding: "
				+ this.transferEncoding + "\r\n\r\n" + body + "\r\n";
	}

	private static String html(String text) {
		StringBuilder html = new StringBuilder(
				"<html><head><style>p { margin: 0 }</style></head><body><div class=\"WordSection1\">");
		for (String paragraph : text.split("\n")) {
			html.append("<p>")
				.append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
				.append("</p>\n");
		}
		return html.append("</div></body></html>").toString();
	}

	private static String encode(String text, Charset charset, String encoding) {
		try {
			ByteArrayOutputStream encoded = new ByteArrayOutputStream();
			try (OutputStream out = MimeUtility.encode(encoded, encoding)) {
				out.write(text.getBytes(charset));
			}
			return encoded.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException | MessagingException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	private static String encodedWord(String text) {
		try {
			return MimeUtility.encodeText(text, "UTF-8", "B");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
