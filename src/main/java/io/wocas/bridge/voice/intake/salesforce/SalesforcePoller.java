package io.wocas.bridge.voice.intake.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.connector.ConnectorStatus;
import io.wocas.bridge.salesforce.ApiUsage;
import io.wocas.bridge.salesforce.SalesforceClient;
import io.wocas.bridge.salesforce.SalesforceClient.QueryPage;
import io.wocas.bridge.salesforce.SalesforceSettings;
import io.wocas.bridge.salesforce.SalesforceSettings.PolledObject;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.VoiceCapture;
import io.wocas.bridge.voice.intake.salesforce.SalesforceNotes.CaseInfo;
import io.wocas.bridge.voice.intake.salesforce.Watermarks.Watermark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the notes of one object of one org since its watermark, page by page (following
 * {@code nextRecordsUrl}), and captures them as voices. Each page is committed together
 * with the watermark it reaches, so a crash or an outage re-reads a page rather than
 * skipping it, and the unique source key keeps a re-read from creating a second voice. A
 * record that cannot be translated is quarantined and the flow goes on.
 */
@Component("salesforcePoller")
public class SalesforcePoller {

	private static final Logger log = LoggerFactory.getLogger(SalesforcePoller.class);

	private final SalesforceSettings settings;

	private final SalesforceClient client;

	private final ApiUsage apiUsage;

	private final VoiceCapture capture;

	private final Watermarks watermarks;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ConnectorStatus status;

	private final Clock clock;

	SalesforcePoller(SalesforceSettings settings, SalesforceClient client, ApiUsage apiUsage, VoiceCapture capture,
			Watermarks watermarks, JdbcClient jdbc, TransactionTemplate transactions, ConnectorStatus status,
			Optional<Clock> clock) {
		this.settings = settings;
		this.client = client;
		this.apiUsage = apiUsage;
		this.capture = capture;
		this.watermarks = watermarks;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.status = status;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	static String connectorName(String org, PolledObject object) {
		return "salesforce:" + org + ":" + object.sobject();
	}

	/**
	 * Polls one object of one org. Failures are recorded in the connector status and
	 * logged without record content; the next poll starts again from the last committed
	 * watermark.
	 * @return the number of records read
	 */
	public int poll(String org, String objectName) {
		PolledObject object = PolledObject.valueOf(objectName);
		SalesforceSettings.Org orgSettings = this.settings.orgs().get(org);
		String connector = connectorName(org, object);
		Optional<Double> share = this.apiUsage.share(org);
		if (share.isPresent() && share.get() >= orgSettings.maxApiShare()) {
			this.status.failed(connector, this.clock.instant(),
					String.format("paused: %.0f%% of the daily API limit used (threshold %.0f%%)", share.get() * 100,
							orgSettings.maxApiShare() * 100));
			return 0;
		}
		try {
			int read = readChanges(org, orgSettings, object);
			this.status.succeeded(connector, this.clock.instant());
			return read;
		}
		catch (RuntimeException ex) {
			log.warn("Polling {} failed: {}", connector, ex.getMessage());
			this.status.failed(connector, this.clock.instant(), ex.getMessage());
			return 0;
		}
	}

	private int readChanges(String org, SalesforceSettings.Org orgSettings, PolledObject object) {
		Instant since = this.watermarks.find(org, object.sobject())
			.map((watermark) -> watermark.modstamp().minus(orgSettings.lookback()))
			.orElseGet(() -> this.clock.instant().minus(orgSettings.backfill()));
		QueryPage page = this.client.query(org, SalesforceNotes.changesSince(object, since), orgSettings.pageSize());
		int read = 0;
		while (true) {
			read += page.records().size();
			capturePage(org, object, page.records());
			if (!page.hasMore()) {
				return read;
			}
			page = this.client.queryMore(org, page.nextRecordsUrl(), orgSettings.pageSize());
		}
	}

	private void capturePage(String org, PolledObject object, List<JsonNode> records) {
		if (records.isEmpty()) {
			return;
		}
		List<JsonNode> onCases = records.stream()
			.filter(SalesforceNotes::isOnCase)
			.filter((record) -> !SalesforceNotes.isOwnPost(record))
			.toList();
		Map<String, CaseInfo> cases = cases(org, onCases);
		String instanceUrl = this.client.instanceUrl(org);
		JsonNode last = records.get(records.size() - 1);
		Watermark reached = new Watermark(SalesforceNotes.modstamp(last), last.path("Id").asText());
		this.transactions.executeWithoutResult((tx) -> {
			for (JsonNode record : onCases) {
				captureOne(org, object, record, cases, instanceUrl);
			}
			this.watermarks.advance(org, object.sobject(), reached, this.clock.instant());
		});
	}

	private void captureOne(String org, PolledObject object, JsonNode record, Map<String, CaseInfo> cases,
			String instanceUrl) {
		CaptureVoice command;
		try {
			command = SalesforceNotes.toCommand(org, object, record, cases, instanceUrl);
		}
		catch (IllegalArgumentException ex) {
			String recordId = record.path("Id").asText("unknown");
			log.warn("Quarantined {} {} of org {}: {}", object.sobject(), recordId, org, ex.getMessage());
			this.jdbc
				.sql("insert into quarantined_item (source_system, source_record_id, source_kind, reason,"
						+ " quarantined_at) values (?, ?, ?, ?, ?)")
				.params(SalesforceNotes.sourceSystem(org), recordId, kindOf(object).name(), ex.getMessage(),
						java.sql.Timestamp.from(this.clock.instant()))
				.update();
			return;
		}
		this.capture.capture(command);
	}

	private Map<String, CaseInfo> cases(String org, List<JsonNode> notes) {
		Set<String> caseIds = notes.stream()
			.map((note) -> note.path("ParentId").asText())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		List<JsonNode> records = new ArrayList<>();
		QueryPage page = this.client.query(org, SalesforceNotes.casesById(caseIds), 2000);
		records.addAll(page.records());
		while (page.hasMore()) {
			page = this.client.queryMore(org, page.nextRecordsUrl(), 2000);
			records.addAll(page.records());
		}
		return records.stream()
			.map(SalesforceNotes::toCaseInfo)
			.collect(Collectors.toMap(CaseInfo::id, Function.identity(), (a, b) -> a));
	}

	private static SourceKind kindOf(PolledObject object) {
		return switch (object) {
			case CASE_COMMENT -> SourceKind.CASE_COMMENT;
			case FEED_ITEM -> SourceKind.FEED_ITEM;
			case EMAIL_MESSAGE -> SourceKind.CASE_EMAIL;
		};
	}

}
