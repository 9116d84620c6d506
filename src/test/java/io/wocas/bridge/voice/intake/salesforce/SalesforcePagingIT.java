package io.wocas.bridge.voice.intake.salesforce;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wocas.bridge.sandbox.SalesforceSandbox;
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
 * A large backlog is read page by page through {@code nextRecordsUrl}, and every comment
 * is captured exactly once.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class SalesforcePagingIT {

	static final int COMMENTS = 5_000;

	static final SalesforceSandbox sandbox = seeded();

	@Autowired
	Voices voices;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void org(DynamicPropertyRegistry registry) {
		SalesforceOrgFixture.register(registry, sandbox, "1s", "CASE_COMMENT");
	}

	static SalesforceSandbox seeded() {
		SalesforceSandbox sandbox = SalesforceOrgFixture.startSandbox();
		for (int i = 0; i < COMMENTS; i++) {
			sandbox.store()
				.insert("CaseComment", SalesforceOrgFixture.comment(
						"#WOCAS sev:" + (1 + i % 4) + " Klant " + i + " begrijpt de voorschotfactuur niet na het lek"));
		}
		return sandbox;
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void withFiveThousandCommentsAndPagesOf200EveryCommentIsCapturedExactlyOnce() {
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.voices.countBySourceSystem("salesforce:test") >= COMMENTS);
		long callsAfterBacklog = sandbox.stats().apiCalls("query");
		await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.stats().apiCalls("query") > callsAfterBacklog + 2);

		List<String> recordIds = this.jdbc
			.sql("select source_record_id from voice where source_system = 'salesforce:test'")
			.query(String.class)
			.list();
		Set<String> seeded = new HashSet<>();
		sandbox.store().records("CaseComment").forEach((record) -> seeded.add((String) record.get("Id")));

		assertThat(recordIds).hasSize(COMMENTS).doesNotHaveDuplicates();
		assertThat(new HashSet<>(recordIds)).isEqualTo(seeded);
		assertThat(sandbox.stats().apiCalls("query")).as("query pages fetched, 200 records a page")
			.isGreaterThanOrEqualTo(COMMENTS / 200);
	}

}
