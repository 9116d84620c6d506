package io.wocas.bridge.voice.intake.salesforce;

import java.time.Duration;
import java.util.Map;

import io.wocas.bridge.connector.ConnectorStatus;
import io.wocas.bridge.salesforce.SalesforceSettings.PolledObject;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.SourceRef;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notes on Cases become voices, read by the real camel-salesforce client from the
 * Salesforce sandbox over HTTP.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class SalesforceIntakeIT {

	static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	static final SalesforceSandbox sandbox = SalesforceOrgFixture.startSandbox();

	@Autowired
	Voices voices;

	@Autowired
	ConnectorStatus status;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void org(DynamicPropertyRegistry registry) {
		SalesforceOrgFixture.register(registry, sandbox, "1s", "CASE_COMMENT,FEED_ITEM,EMAIL_MESSAGE");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void aCaseCommentAddedWhileTheProductRunsBecomesAVoiceLinkedToItsCaseWithinTwoPollIntervals() {
		awaitFirstPoll();
		String id = sandbox.store()
			.insert("CaseComment", SalesforceOrgFixture
				.comment("#WOCAS sev:3 freq:weekly Klant begrijpt de jaarafrekening niet, 3e keer deze week"));

		Voice voice = await().atMost(POLL_INTERVAL.multipliedBy(2).plusMillis(1500))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", id)), (found) -> found.isPresent())
			.orElseThrow();

		assertThat(voice.sourceKind()).isEqualTo(SourceKind.CASE_COMMENT);
		assertThat(voice.caseId()).contains(SalesforceOrgFixture.CASE_ID);
		assertThat(voice.recordUrl()).hasValueSatisfying(
				(url) -> assertThat(url).startsWith(sandbox.baseUrl()).contains(SalesforceOrgFixture.CASE_ID));
		assertThat(voice.adviser()).isEqualTo(SalesforceOrgFixture.ADVISER);
		assertThat(voice.customerRef()).contains(SalesforceOrgFixture.CONTACT_ID);
		assertThat(voice.severity()).hasValueSatisfying((severity) -> assertThat(severity.level()).isEqualTo(3));
	}

	@Test
	void anOrdinaryCaseNoteIsNotAVoice() {
		awaitFirstPoll();
		String id = sandbox.store().insert("CaseComment", SalesforceOrgFixture.comment("Called back, no answer."));
		String marked = sandbox.store().insert("CaseComment", SalesforceOrgFixture.comment("#wocas rappel reçu"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", marked)).isPresent());

		assertThat(this.voices.findBySource(new SourceRef("salesforce:test", id))).isEmpty();
	}

	@Test
	void aTextPostAndAnEmailOnACaseBecomeVoices() {
		awaitFirstPoll();
		String post = sandbox.store()
			.insert("FeedItem",
					Map.of("ParentId", SalesforceOrgFixture.CASE_ID, "Type", "TextPost", "Body",
							"<p>#WOCAS sev:2 Mise en demeure reçue malgré le plan de paiement</p>", "CreatedById",
							SalesforceOrgFixture.ADVISER));
		String mail = sandbox.store()
			.insert("EmailMessage",
					Map.of("ParentId", SalesforceOrgFixture.CASE_ID, "Subject", "Mon décompte annuel", "TextBody",
							"#WOCAS Le décompte annuel est incompréhensible", "Incoming", false, "CreatedById",
							SalesforceOrgFixture.ADVISER));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", post)).isPresent()
					&& this.voices.findBySource(new SourceRef("salesforce:test", mail)).isPresent());

		Voice fromPost = this.voices.findBySource(new SourceRef("salesforce:test", post)).orElseThrow();
		assertThat(fromPost.sourceKind()).isEqualTo(SourceKind.FEED_ITEM);
		assertThat(fromPost.text()).doesNotContain("<p>");
		Voice fromMail = this.voices.findBySource(new SourceRef("salesforce:test", mail)).orElseThrow();
		assertThat(fromMail.sourceKind()).isEqualTo(SourceKind.CASE_EMAIL);
		assertThat(fromMail.subject()).contains("Mon décompte annuel");
	}

	@Test
	void anOutageDelaysCaptureAndLosesNothing() {
		awaitFirstPoll();
		sandbox.faults().unavailableFor(Duration.ofSeconds(3));
		String id = sandbox.store()
			.insert("CaseComment", SalesforceOrgFixture.comment("#WOCAS sev:4 Herinnering na afbetalingsplan"));

		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.status.of(connector()).map((state) -> !state.up()).orElse(false));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", id)).isPresent());

		assertThat(this.status.of(connector()).orElseThrow().up()).isTrue();
	}

	@Test
	void anExpiredSessionIsRenewedAndPollingGoesOn() {
		awaitFirstPoll();
		sandbox.faults().expireSessions();
		String id = sandbox.store()
			.insert("CaseComment", SalesforceOrgFixture.comment("#WOCAS domiciliëring geweigerd zonder uitleg"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", id)).isPresent());
	}

	@Test
	void theWatermarkFollowsTheCommittedComments() {
		awaitFirstPoll();
		String id = sandbox.store()
			.insert("CaseComment", SalesforceOrgFixture.comment("#WOCAS sociaal tarief niet toegepast"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:test", id)).isPresent());

		String lastId = this.jdbc
			.sql("select last_record_id from salesforce_watermark where org_name = 'test' and sobject = 'CaseComment'")
			.query(String.class)
			.single();

		assertThat(lastId).isGreaterThanOrEqualTo(id);
	}

	private void awaitFirstPoll() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.status.of(connector()).map(ConnectorStatus.State::up).orElse(false));
	}

	private static String connector() {
		return SalesforcePoller.connectorName(SalesforceOrgFixture.ORG, PolledObject.CASE_COMMENT);
	}

}
