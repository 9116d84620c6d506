package io.wocas.bridge.voice.intake.salesforce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.salesforce.SalesforceSettings.PolledObject;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Translates between the product and Salesforce's notes on Cases: the SOQL that reads
 * them, and the records it returns into capture commands. Pure functions; no Camel, no
 * I/O.
 */
final class SalesforceNotes {

	static final String CASE_KEY_PREFIX = "500";

	static final String USER_KEY_PREFIX = "005";

	private static final DateTimeFormatter SOQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SALESFORCE_DATETIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.toFormatter();

	private SalesforceNotes() {
	}

	static String sourceSystem(String org) {
		return "salesforce:" + org;
	}

	/**
	 * The query that reads an object's changes from a point in time, in
	 * {@code SystemModstamp} then id order so that a watermark can follow it.
	 */
	static String changesSince(PolledObject object, Instant since) {
		String from = SOQL_DATETIME.format(since.truncatedTo(ChronoUnit.SECONDS));
		String order = " ORDER BY SystemModstamp ASC, Id ASC";
		return switch (object) {
			case CASE_COMMENT -> "SELECT Id, ParentId, CommentBody, CreatedById, CreatedDate, SystemModstamp"
					+ " FROM CaseComment WHERE SystemModstamp >= " + from + order;
			case FEED_ITEM -> "SELECT Id, ParentId, Type, Body, CreatedById, CreatedDate, SystemModstamp"
					+ " FROM FeedItem WHERE Type = 'TextPost' AND SystemModstamp >= " + from + order;
			case EMAIL_MESSAGE -> "SELECT Id, ParentId, Subject, TextBody, HtmlBody, Incoming, CreatedById,"
					+ " CreatedDate, SystemModstamp FROM EmailMessage WHERE ParentId != null AND SystemModstamp >= "
					+ from + order;
		};
	}

	/**
	 * The query that reads the Cases some notes belong to (ids are Salesforce ids,
	 * checked to be alphanumeric before they are put in the query).
	 */
	static String casesById(Collection<String> caseIds) {
		String ids = caseIds.stream()
			.map(SalesforceNotes::checkedId)
			.map((id) -> "'" + id + "'")
			.collect(Collectors.joining(", "));
		return "SELECT Id, CaseNumber, ContactId, AccountId, OwnerId FROM Case WHERE Id IN (" + ids + ")";
	}

	/**
	 * Posts WOCAS Bridge itself writes to advisers end with a reference such as
	 * {@code [WOCAS-12 DECIDED 1732350000]}; they are news about voices, not voices.
	 */
	private static final java.util.regex.Pattern OWN_POST = java.util.regex.Pattern
		.compile("\\[WOCAS-\\d+ [A-Z]+ \\d+\\]");

	static boolean isOnCase(JsonNode note) {
		String parentId = text(note, "ParentId");
		return parentId != null && parentId.startsWith(CASE_KEY_PREFIX);
	}

	static boolean isOwnPost(JsonNode note) {
		String body = text(note, "Body");
		return body != null && OWN_POST.matcher(body).find();
	}

	static Instant modstamp(JsonNode note) {
		return dateTime(note, "SystemModstamp")
			.orElseThrow(() -> new IllegalArgumentException("record " + text(note, "Id") + " has no SystemModstamp"));
	}

	/**
	 * Builds the capture command of a note on a Case.
	 */
	static CaptureVoice toCommand(String org, PolledObject object, JsonNode note, Map<String, CaseInfo> cases,
			String instanceUrl) {
		String id = text(note, "Id");
		if (id == null) {
			throw new IllegalArgumentException("record without Id");
		}
		String caseId = text(note, "ParentId");
		CaseInfo caseInfo = cases.get(caseId);
		SourceKind kind = switch (object) {
			case CASE_COMMENT -> SourceKind.CASE_COMMENT;
			case FEED_ITEM -> SourceKind.FEED_ITEM;
			case EMAIL_MESSAGE -> SourceKind.CASE_EMAIL;
		};
		String text = switch (object) {
			case CASE_COMMENT -> text(note, "CommentBody");
			case FEED_ITEM -> htmlToText(text(note, "Body"));
			case EMAIL_MESSAGE -> Optional.ofNullable(text(note, "TextBody"))
				.filter((body) -> !body.isBlank())
				.orElseGet(() -> htmlToText(text(note, "HtmlBody")));
		};
		String subject = (object == PolledObject.EMAIL_MESSAGE) ? text(note, "Subject") : null;
		return CaptureVoice.from(new SourceRef(sourceSystem(org), id), kind)
			.adviser(adviser(object, note, caseInfo))
			.subject(subject)
			.text(text)
			.caseId(caseId)
			.recordUrl((caseId != null) ? instanceUrl + "/lightning/r/Case/" + caseId + "/view" : null)
			.customerRef((caseInfo != null) ? caseInfo.customerRef() : null)
			.sourceCreatedAt(dateTime(note, "CreatedDate").orElse(null))
			.build();
	}

	/**
	 * The adviser is whoever wrote the note; for a mail received from a customer, the
	 * owner of the Case who handles it.
	 */
	private static String adviser(PolledObject object, JsonNode note, CaseInfo caseInfo) {
		boolean incoming = object == PolledObject.EMAIL_MESSAGE && note.path("Incoming").asBoolean(false);
		if (incoming && caseInfo != null && caseInfo.ownerId() != null
				&& caseInfo.ownerId().startsWith(USER_KEY_PREFIX)) {
			return caseInfo.ownerId();
		}
		return text(note, "CreatedById");
	}

	static CaseInfo toCaseInfo(JsonNode record) {
		return new CaseInfo(text(record, "Id"), text(record, "CaseNumber"), text(record, "ContactId"),
				text(record, "AccountId"), text(record, "OwnerId"));
	}

	private static String htmlToText(String html) {
		if (html == null || html.isBlank()) {
			return html;
		}
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false);
		document.select("br").after("\\n");
		document.select("p, div, li").before("\\n");
		return document.text().replace("\\n", "\n").strip();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	private static Optional<Instant> dateTime(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(value, SALESFORCE_DATETIME).toInstant());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("record " + text(node, "Id") + " has an unreadable " + field, ex);
		}
	}

	private static String checkedId(String id) {
		if (id == null || !id.matches("[A-Za-z0-9]{15,18}")) {
			throw new IllegalArgumentException("not a Salesforce id: " + id);
		}
		return id;
	}

	/**
	 * What the product needs of a Case: the customer reference (contact, else account,
	 * never raw details) and its owner.
	 */
	record CaseInfo(String id, String caseNumber, String contactId, String accountId, String ownerId) {

		String customerRef() {
			return (this.contactId != null) ? this.contactId : this.accountId;
		}

	}

}
