package io.wocas.bridge.voice.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import io.wocas.bridge.voice.Attachment;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.SourceRef;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/**
 * Translates a mail forwarded to a WOCAS mailbox into a capture command. The adviser is
 * whoever forwarded the mail (its {@code From:}); the text is the adviser's note with the
 * customer's mail below it, which {@code VoiceCapture} redacts before storing; the voice
 * dates from when the customer wrote, when the forward says so. Attachments are listed,
 * never kept. Knows MIME, not Camel: the mail arrives as raw bytes.
 */
public final class MailToVoice {

	/**
	 * Longest text kept: customers paste whole letters, and the store keeps 32,000
	 * characters with room for the redaction marks.
	 */
	public static final int MAX_TEXT_LENGTH = 30_000;

	private static final int MAX_SUBJECT_LENGTH = 900;

	private static final int MAX_NESTING = 12;

	private static final Pattern FORWARD_PREFIX = Pattern.compile("^\\s*((fwd?|tr|wg|doorst|fw)\\s*:\\s*)+",
			Pattern.CASE_INSENSITIVE);

	private static final Session SESSION = session();

	private final ZoneId zone;

	public MailToVoice(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The source system of the voices a mailbox delivers.
	 */
	public static String sourceSystem(String mailbox) {
		return "mail:" + mailbox;
	}

	/**
	 * Identifies a mail within its mailbox: its Message-ID, which every copy of the mail
	 * shares, or a SHA-256 of its bytes when it has none. Reads only the headers, so that
	 * a mail whose body is broken can still be quarantined under its key.
	 */
	public static String keyOf(byte[] raw) {
		String messageId = null;
		try {
			messageId = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
		}
		catch (MessagingException ex) {
			// headers unreadable: the bytes identify the mail
		}
		if (messageId == null || messageId.isBlank()) {
			return "sha256:" + sha256(raw);
		}
		messageId = messageId.trim();
		return (messageId.length() <= 255) ? messageId : "sha256:" + sha256(messageId.getBytes(StandardCharsets.UTF_8));
	}

	public CaptureVoice translate(String sourceSystem, byte[] raw) throws MalformedMailException {
		MimeMessage mail = parse(raw);
		try {
			Content content = new Content();
			walk(mail, content, 0);
			String text = content.text();
			Instant sentAt = content.forwardedSentAt.stream()
				.findFirst()
				.or(() -> ForwardHeader.forwardedSentAt(text, this.zone))
				.orElseGet(() -> sentDate(mail));
			return CaptureVoice.from(new SourceRef(sourceSystem, keyOf(raw)), SourceKind.MAILBOX_EMAIL)
				.adviser(adviser(mail))
				.subject(subject(mail))
				.text(cap(text, MAX_TEXT_LENGTH))
				.sourceCreatedAt(sentAt)
				.attachments(content.attachments)
				.build();
		}
		catch (MessagingException ex) {
			throw new MalformedMailException("MIME structure cannot be read (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
		catch (IOException ex) {
			throw new MalformedMailException("content cannot be decoded (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private static MimeMessage parse(byte[] raw) throws MalformedMailException {
		try {
			return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
		}
		catch (MessagingException ex) {
			throw new MalformedMailException("mail headers cannot be parsed", ex);
		}
	}

	private void walk(Part part, Content content, int depth)
			throws MessagingException, IOException, MalformedMailException {
		if (depth > MAX_NESTING) {
			throw new MalformedMailException("MIME parts nested more than " + MAX_NESTING + " levels deep");
		}
		String type = baseType(part);
		if (type.equals("message/rfc822")) {
			forwarded(part, content, depth);
		}
		else if (type.startsWith("multipart/")) {
			Multipart multipart = multipart(part);
			if (type.equals("multipart/alternative")) {
				walk(preferred(multipart), content, depth + 1);
			}
			else {
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i), content, depth + 1);
				}
			}
		}
		else if (isAttachment(part, type)) {
			content.attachments.add(attachment(part, type));
		}
		else if (type.equals("text/plain")) {
			content.append(text(part));
		}
		else if (type.equals("text/html")) {
			content.append(HtmlText.of(text(part)));
		}
		else {
			content.attachments.add(attachment(part, type));
		}
	}

	private void forwarded(Part part, Content content, int depth)
			throws MessagingException, IOException, MalformedMailException {
		MimeMessage inner;
		try (InputStream in = part.getInputStream()) {
			inner = new MimeMessage(SESSION, in);
		}
		Content forwarded = new Content();
		walk(inner, forwarded, depth + 1);
		StringBuilder block = new StringBuilder("---------- Forwarded message ----------\n");
		String[] date = inner.getHeader("Date");
		if (date != null && date.length > 0) {
			block.append("Date: ").append(MimeUtility.unfold(date[0]).trim()).append('\n');
		}
		if (inner.getSubject() != null) {
			block.append("Subject: ").append(inner.getSubject()).append('\n');
		}
		block.append('\n').append(forwarded.text());
		content.append(block.toString());
		content.attachments.addAll(forwarded.attachments);
		if (inner.getSentDate() != null) {
			content.forwardedSentAt.add(inner.getSentDate().toInstant());
		}
		content.forwardedSentAt.addAll(forwarded.forwardedSentAt);
	}

	private static Multipart multipart(Part part) throws MessagingException, IOException, MalformedMailException {
		Object body = part.getContent();
		if (!(body instanceof Multipart multipart)) {
			throw new MalformedMailException("multipart content cannot be parsed");
		}
		try {
			if (multipart.getCount() == 0) {
				throw new MalformedMailException("multipart has no parts");
			}
		}
		catch (MessagingException ex) {
			throw new MalformedMailException("multipart boundaries cannot be found", ex);
		}
		return multipart;
	}

	private static BodyPart preferred(Multipart alternatives) throws MessagingException {
		BodyPart html = null;
		for (int i = 0; i < alternatives.getCount(); i++) {
			BodyPart candidate = alternatives.getBodyPart(i);
			String type = baseType(candidate);
			if (type.equals("text/plain")) {
				return candidate;
			}
			if (html == null && (type.equals("text/html") || type.startsWith("multipart/"))) {
				html = candidate;
			}
		}
		return (html != null) ? html : alternatives.getBodyPart(0);
	}

	private static boolean isAttachment(Part part, String type) throws MessagingException {
		if (!type.startsWith("text/")) {
			return true;
		}
		return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null;
	}

	private static Attachment attachment(Part part, String type) throws MessagingException, MalformedMailException {
		long size = 0;
		try (InputStream in = part.getInputStream()) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new MalformedMailException("attachment content cannot be decoded", ex);
		}
		String name = fileName(part);
		return new Attachment((name != null) ? cap(name, 500) : null, cap(type, 200), size);
	}

	private static String fileName(Part part) {
		try {
			String name = part.getFileName();
			return (name != null) ? MimeUtility.decodeText(name) : null;
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException ex) {
			return null;
		}
	}

	private static String text(Part part) throws MessagingException, MalformedMailException {
		byte[] bytes;
		try (InputStream in = part.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new MalformedMailException("text content cannot be decoded", ex);
		}
		String charset = charset(part);
		if (charset == null) {
			return utf8OrWindows1252(bytes);
		}
		try {
			Charset decoder = Charset.forName(MimeUtility.javaCharset(charset));
			return decoder.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			if (charset.equalsIgnoreCase("unknown-8bit") || charset.equalsIgnoreCase("x-unknown")) {
				return utf8OrWindows1252(bytes);
			}
			throw new MalformedMailException("unknown charset '" + cap(charset, 40) + "'", ex);
		}
		catch (CharacterCodingException ex) {
			throw new MalformedMailException("text cannot be decoded in its charset", ex);
		}
	}

	private static String charset(Part part) throws MessagingException {
		try {
			String charset = new ContentType(part.getContentType()).getParameter("charset");
			return (charset != null && !charset.isBlank()) ? charset.trim() : null;
		}
		catch (ParseException ex) {
			return null;
		}
	}

	private static String utf8OrWindows1252(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static String baseType(Part part) throws MessagingException {
		String contentType = part.getContentType();
		if (contentType == null) {
			return "text/plain";
		}
		try {
			return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (ParseException ex) {
			int semicolon = contentType.indexOf(';');
			return ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).trim()
				.toLowerCase(Locale.ROOT);
		}
	}

	private static String adviser(MimeMessage mail) throws MalformedMailException {
		try {
			Address[] from = mail.getFrom();
			if (from != null) {
				for (Address address : from) {
					if (address instanceof InternetAddress internet && internet.getAddress() != null
							&& !internet.getAddress().isBlank()) {
						return internet.getAddress().trim().toLowerCase(Locale.ROOT);
					}
				}
			}
		}
		catch (MessagingException ex) {
			throw new MalformedMailException("From address cannot be parsed", ex);
		}
		throw new MalformedMailException("mail has no From address");
	}

	private static String subject(MimeMessage mail) throws MessagingException {
		String subject = mail.getSubject();
		if (subject == null) {
			return null;
		}
		subject = FORWARD_PREFIX.matcher(subject).replaceFirst("").strip();
		return subject.isEmpty() ? null : cap(subject, MAX_SUBJECT_LENGTH);
	}

	private static Instant sentDate(MimeMessage mail) {
		try {
			return (mail.getSentDate() != null) ? mail.getSentDate().toInstant() : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String cap(String value, int length) {
		if (value.length() <= length) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
		return value.substring(0, end);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	private static Session session() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.decodetext.strict", "false");
		properties.setProperty("mail.mime.parameters.strict", "false");
		properties.setProperty("mail.mime.address.strict", "false");
		return Session.getInstance(properties);
	}

	/**
	 * Text and attachments gathered while walking a mail's parts.
	 */
	private static final class Content {

		private final StringBuilder text = new StringBuilder();

		private final List<Attachment> attachments = new ArrayList<>();

		private final List<Instant> forwardedSentAt = new ArrayList<>();

		void append(String part) {
			String normalised = part.replace("\r\n", "\n").replace('\r', '\n');
			if (normalised.isBlank()) {
				return;
			}
			if (!this.text.isEmpty()) {
				this.text.append("\n\n");
			}
			this.text.append(normalised.strip());
		}

		String text() {
			return this.text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
		}

	}

}
