package io.wocas.bridge.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierMilestone;
import io.wocas.bridge.dossier.DossierStatusChanged;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.dossier.VoiceJoinedDossier;
import io.wocas.bridge.outbox.Outbox;
import io.wocas.bridge.outbox.OutboxMessage;
import io.wocas.bridge.salesforce.SalesforceSettings;
import io.wocas.bridge.voice.Language;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns dossier changes into CRM updates, written to the outbox in the transaction of the
 * change: the dossier record and the Case fields are kept current (one waiting update per
 * record, which reads the latest state when delivered), and at each milestone every
 * adviser who raised one of the dossier's voices gets one message, on their Case in
 * Chatter or by mail. With {@code problem-records}, each dossier is also a standard
 * Problem and each source Case is linked to it.
 */
@Component
class CrmWriteback {

	static final String DOSSIER_RECORD = "SF_DOSSIER";

	static final String CASE_FIELDS = "SF_CASE";

	static final String CHATTER = "SF_CHATTER";

	static final String PROBLEM_RECORD = "SF_PROBLEM";

	static final String CASE_ISSUE = "SF_CASE_ISSUE";

	static final String MAIL = "MAIL";

	private static final String SALESFORCE_SOURCE = "salesforce:";

	private final CrmSettings settings;

	private final SalesforceSettings salesforce;

	private final Outbox outbox;

	private final Dossiers dossiers;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	CrmWriteback(CrmSettings settings, SalesforceSettings salesforce, Outbox outbox, Dossiers dossiers, JdbcClient jdbc,
			ObjectMapper json) {
		this.settings = settings;
		this.salesforce = salesforce;
		this.outbox = outbox;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	void statusChanged(DossierStatusChanged event) {
		if (!this.settings.enabled()) {
			return;
		}
		long dossierId = event.dossierId().value();
		syncDossier(dossierId);
		for (VoiceSource source : sources(dossierId, true)) {
			syncCase(source, dossierId);
		}
	}

	@EventListener
	void voiceJoined(VoiceJoinedDossier event) {
		if (!this.settings.enabled()) {
			return;
		}
		long dossierId = event.dossierId().value();
		syncDossier(dossierId);
		if (event.primary()) {
			voiceSource(event.voiceId()).ifPresent((source) -> syncCase(source, dossierId));
		}
	}

	@EventListener
	void milestone(DossierMilestone event) {
		if (!this.settings.enabled()) {
			return;
		}
		long dossierId = event.dossierId().value();
		Dossier dossier = this.dossiers.get(event.dossierId());
		syncDossier(dossierId);
		String ref = this.settings.reference(dossierId);
		String reference = AdviserMessages.reference(ref, event.milestone(), event.at().getEpochSecond());
		Map<String, VoiceSource> latestByAdviser = new LinkedHashMap<>();
		for (VoiceSource source : sources(dossierId, false)) {
			latestByAdviser.put(source.adviser(), source);
		}
		for (VoiceSource source : latestByAdviser.values()) {
			String key = "adviser:" + dossierId + ":" + event.milestone() + ":" + event.at().toEpochMilli() + ":"
					+ source.adviser();
			String body = AdviserMessages.body(source.language(), ref, dossier.title(), event.milestone(),
					event.summary(), reference);
			if (source.isSalesforceUser() && source.caseId() != null && source.org().isPresent()
					&& this.settings.chatter() != CrmSettings.Chatter.OFF) {
				ObjectNode post = this.json.createObjectNode();
				post.put("caseId", source.caseId());
				post.put("adviserId", source.adviser());
				post.put("text", body);
				post.put("reference", reference);
				this.outbox.enqueue(new OutboxMessage(CHATTER, key, source.org().get(), post.toString()));
			}
			else if (source.adviser().contains("@")) {
				ObjectNode mail = this.json.createObjectNode();
				mail.put("to", source.adviser());
				mail.put("subject", AdviserMessages.mailSubject(source.language(), ref, event.milestone()));
				mail.put("body", AdviserMessages.greeting(source.language()) + "," + body);
				this.outbox.enqueue(new OutboxMessage(MAIL, key, "smtp", mail.toString()));
			}
		}
	}

	private void syncDossier(long dossierId) {
		dossierOrg().ifPresent((org) -> {
			String payload = "{\"dossierId\":" + dossierId + "}";
			this.outbox.enqueueCoalesced(DOSSIER_RECORD, org, payload);
			if (this.settings.problemRecords()) {
				this.outbox.enqueueCoalesced(PROBLEM_RECORD, org, payload);
			}
		});
	}

	private void syncCase(VoiceSource source, long dossierId) {
		if (source.caseId() == null || source.org().isEmpty()) {
			return;
		}
		String payload = "{\"caseId\":\"" + source.caseId() + "\",\"dossierId\":" + dossierId + "}";
		this.outbox.enqueueCoalesced(CASE_FIELDS, source.org().get(), payload);
		if (this.settings.problemRecords() && source.org().equals(dossierOrg())) {
			// the Problem lives in the dossier org; a Case elsewhere cannot point at it
			this.outbox.enqueueCoalesced(CASE_ISSUE, source.org().get(), payload);
		}
	}

	private Optional<String> dossierOrg() {
		if (this.settings.org() != null && !this.settings.org().isBlank()) {
			return Optional.of(this.settings.org());
		}
		return (this.salesforce.orgs().size() == 1) ? this.salesforce.orgs().keySet().stream().findFirst()
				: Optional.empty();
	}

	private List<VoiceSource> sources(long dossierId, boolean primaryOnly) {
		return this.jdbc
			.sql("select v.adviser, v.source_system, v.case_id, v.language from voice v join dossier_voice dv"
					+ " on dv.voice_id = v.id where dv.dossier_id = ? and v.rejected_at is null"
					+ (primaryOnly ? " and dv.is_primary = true" : "") + " order by v.id")
			.param(dossierId)
			.query(this::toVoiceSource)
			.list();
	}

	private Optional<VoiceSource> voiceSource(long voiceId) {
		return this.jdbc.sql("select adviser, source_system, case_id, language from voice where id = ?")
			.param(voiceId)
			.query(this::toVoiceSource)
			.optional();
	}

	private VoiceSource toVoiceSource(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String sourceSystem = rs.getString(2);
		String caseId = rs.getString(3);
		Optional<String> org = sourceSystem.startsWith(SALESFORCE_SOURCE)
				? Optional.of(sourceSystem.substring(SALESFORCE_SOURCE.length()))
				: ((caseId != null) ? dossierOrg() : Optional.empty());
		return new VoiceSource(rs.getString(1), org, caseId, Language.valueOf(rs.getString(4)));
	}

	/**
	 * Where a voice came from, as the write-back needs it: the org of its Case, if any.
	 */
	private record VoiceSource(String adviser, Optional<String> org, String caseId, Language language) {

		boolean isSalesforceUser() {
			return this.adviser.startsWith("005");
		}

	}

}
