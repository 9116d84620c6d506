package io.wocas.bridge.sandbox;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.AbstractDescribedSObjectBase;
import org.apache.camel.component.salesforce.api.dto.Limits;
import org.apache.camel.component.salesforce.api.dto.SObjectDescription;
import org.apache.camel.component.salesforce.api.dto.SaveSObjectResult;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives the sandbox with the real camel-salesforce client, as the product does.
 */
class SalesforceSandboxIT {

	private static final String CLIENT_ID = "wocas-bridge";

	private static final String CLIENT_SECRET = "s3cret";

	private static final String USER_ID = "0055g00000ABCDEAAA";

	private static final String USERNAME = "sofie.peeters@dewatergroep.example";

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tempDir;

	private SalesforceSandbox sandbox;

	private X509Certificate certificate;

	private Path keystore;

	private String caseId;

	private final List<CamelContext> contexts = new ArrayList<>();

	@BeforeEach
	void startSandbox() throws Exception {
		this.keystore = this.tempDir.resolve("jwt.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "jwt", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=wocas-bridge",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", this.keystore.toString(), "-storepass",
				"changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.keystore)) {
			store.load(in, "changeit".toCharArray());
		}
		this.certificate = (X509Certificate) store.getCertificate("jwt");

		this.sandbox = SalesforceSandbox.builder()
			.clientCredentials(CLIENT_ID, CLIENT_SECRET)
			.user(USER_ID, USERNAME, "password123")
			.jwtCertificate(this.certificate)
			.build()
			.start();
		this.sandbox.store().declareSchema("WOCAS_Dossier__c", List.of("Name", "WOCAS_External_Id__c", "Status__c"));
		this.caseId = this.sandbox.store()
			.insert("Case", Map.of("CaseNumber", "00012345", "Subject", "Jaarafrekening onduidelijk", "Status", "New"));
	}

	@AfterEach
	void stop() throws Exception {
		for (CamelContext context : this.contexts) {
			context.stop();
		}
		this.sandbox.close();
	}

	@Test
	void queryMoreWalksFiveThousandCommentsInPagesOfTwoHundred() throws Exception {
		for (int i = 0; i < 5000; i++) {
			this.sandbox.store()
				.insert("CaseComment", Map.of("ParentId", this.caseId, "CommentBody", "comment " + i, "IsPublished",
						false, "CreatedById", USER_ID));
		}
		ProducerTemplate template = camel(this::clientCredentials);
		this.sandbox.stats().reset();

		Exchange first = template.request("salesforce:query?rawPayload=true", (exchange) -> {
			exchange.getIn()
				.setBody("SELECT Id, CommentBody, Parent.CaseNumber FROM CaseComment WHERE ParentId = '" + this.caseId
						+ "' ORDER BY SystemModstamp, Id");
			exchange.getIn().setHeader("Sforce-Query-Options", "batchSize=200");
		});
		assertThat(first.getException()).isNull();
		assertThat(first.getMessage().getHeader("Sforce-Limit-Info", String.class)).isEqualTo("api-usage=1/100000");
		Map<String, Object> page = json(first);
		Set<String> ids = new HashSet<>();
		int pages = 0;
		while (true) {
			pages++;
			List<Map<String, Object>> records = records(page);
			assertThat(records).hasSizeLessThanOrEqualTo(200);
			for (Map<String, Object> record : records) {
				assertThat(ids.add((String) record.get("Id"))).as("seen once: %s", record.get("Id")).isTrue();
				assertThat(record).extractingByKey("Parent")
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsEntry("CaseNumber", "00012345");
			}
			assertThat(page).containsEntry("totalSize", 5000);
			if (Boolean.TRUE.equals(page.get("done"))) {
				break;
			}
			String next = (String) page.get("nextRecordsUrl");
			assertThat(next).matches("/services/data/v\\d+\\.\\d/query/01g[0-9A-Za-z]{15}-\\d+");
			page = json(template.request("salesforce:queryMore?rawPayload=true", (exchange) -> {
				exchange.getIn().setBody(next);
				exchange.getIn().setHeader("Sforce-Query-Options", "batchSize=200");
			}));
		}
		assertThat(ids).hasSize(5000);
		assertThat(pages).isEqualTo(25);
		assertThat(this.sandbox.stats().apiCalls("query")).isEqualTo(25);
	}

	@Test
	void upsertCreatesThenUpdatesByExternalId() throws Exception {
		ProducerTemplate template = camel(this::clientCredentials);
		String uri = "salesforce:upsertSObject?rawPayload=true&sObjectName=WOCAS_Dossier__c&sObjectIdName=WOCAS_External_Id__c";

		Map<String, Object> created = json(template.request(uri, (exchange) -> {
			exchange.getIn().setBody("{\"Name\":\"Jaarafrekening\",\"Status__c\":\"Open\"}");
			exchange.getIn().setHeader("sObjectIdValue", "DOS-1");
		}));
		Map<String, Object> updated = json(template.request(uri, (exchange) -> {
			exchange.getIn().setBody("{\"Status__c\":\"Prioritised\"}");
			exchange.getIn().setHeader("sObjectIdValue", "DOS-1");
		}));

		assertThat(created).containsEntry("success", true).containsEntry("created", true);
		assertThat(updated).containsEntry("success", true)
			.containsEntry("created", false)
			.containsEntry("id", created.get("id"));
		assertThat(this.sandbox.store().records("WOCAS_Dossier__c")).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("Status__c", "Prioritised")
				.containsEntry("WOCAS_External_Id__c", "DOS-1"));
	}

	@Test
	void collectionsReportPartialFailuresPerRecordInOneCall() {
		this.sandbox.faults()
			.failRecordWrites("CaseComment", (fields) -> "refused".equals(fields.get("CommentBody")),
					"FIELD_CUSTOM_VALIDATION_EXCEPTION", "Comment refused");
		ProducerTemplate template = camel(this::clientCredentials);
		this.sandbox.stats().reset();

		List<CaseComment> comments = List.of(new CaseComment(this.caseId, "first"),
				new CaseComment(this.caseId, "refused"), new CaseComment(this.caseId, "third"));
		@SuppressWarnings("unchecked")
		List<SaveSObjectResult> results = template.requestBody("salesforce:compositeCreateSObjectCollections", comments,
				List.class);

		assertThat(results).extracting(SaveSObjectResult::getSuccess).containsExactly(true, false, true);
		assertThat(results.get(1).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorCode()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
		assertThat(this.sandbox.store().records("CaseComment")).extracting((record) -> record.get("CommentBody"))
			.containsExactly("first", "third");
		assertThat(this.sandbox.stats().apiCalls("composite/sobjects")).isEqualTo(1);

		String firstId = results.get(0).getId();
		Exchange update = template.request(
				"salesforce:raw?rawMethod=PATCH&rawPath=/services/data/v56.0/composite/sobjects",
				(exchange) -> exchange.getIn()
					.setBody("{\"allOrNone\":false,\"records\":[{\"attributes\":{\"type\":\"CaseComment\"},\"Id\":\""
							+ firstId + "\",\"IsPublished\":true}]}"));
		assertThat(update.getException()).isNull();
		assertThat(this.sandbox.store().record("CaseComment", firstId))
			.hasValueSatisfying((record) -> assertThat(record).containsEntry("IsPublished", true));
	}

	@Test
	void limitsReportDailyApiRequests() {
		ProducerTemplate template = camel(this::clientCredentials);

		Limits limits = template.requestBody("salesforce:limits", null, Limits.class);

		assertThat(limits.getDailyApiRequests().getMax()).isEqualTo(100000);
		assertThat(limits.getDailyApiRequests().getRemaining()).isLessThan(100000);
	}

	@Test
	void serviceUnavailableIsSurfacedAsAnError() {
		ProducerTemplate template = camel(this::clientCredentials);
		this.sandbox.faults().failNextCalls(1, 503);

		assertThatThrownBy(() -> template.requestBody("salesforce:query?rawPayload=true", "SELECT Id FROM Case"))
			.isInstanceOf(CamelExecutionException.class)
			.rootCause()
			.isInstanceOfSatisfying(SalesforceException.class, (ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(records(json(template.request("salesforce:query?rawPayload=true",
				(exchange) -> exchange.getIn().setBody("SELECT Id FROM Case")))))
			.hasSize(1);
	}

	@Test
	void expiredSessionsAreRenewedByLoggingInAgain() {
		ProducerTemplate template = camel(this::clientCredentials);
		this.sandbox.faults().expireSessions();

		Exchange exchange = template.request("salesforce:query?rawPayload=true",
				(request) -> request.getIn().setBody("SELECT Id, Subject FROM Case"));

		assertThat(exchange.getException()).isNull();
		assertThat(records(json(exchange))).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("Subject", "Jaarafrekening onduidelijk"));
	}

	@Test
	void jwtBearerLoginRunsAsTheUserOfTheAssertion() {
		ProducerTemplate template = camel((component) -> {
			component.setAuthenticationType(AuthenticationType.JWT);
			component.setClientId(CLIENT_ID);
			component.setUserName(USERNAME);
			KeyStoreParameters parameters = new KeyStoreParameters();
			parameters.setResource("file:" + this.keystore);
			parameters.setPassword("changeit");
			parameters.setType("PKCS12");
			component.setKeystore(parameters);
		});

		Map<String, Object> created = json(
				template.request("salesforce:raw?rawMethod=POST&rawPath=/services/data/v56.0/sobjects/CaseComment",
						(exchange) -> exchange.getIn()
							.setBody("{\"ParentId\":\"" + this.caseId + "\",\"CommentBody\":\"via JWT\"}")));

		assertThat(this.sandbox.store().record("CaseComment", (String) created.get("id")))
			.hasValueSatisfying((record) -> assertThat(record).containsEntry("CreatedById", USER_ID));
	}

	@Test
	void usernamePasswordLoginWorks() {
		ProducerTemplate template = camel((component) -> {
			component.setAuthenticationType(AuthenticationType.USERNAME_PASSWORD);
			component.setClientId(CLIENT_ID);
			component.setClientSecret(CLIENT_SECRET);
			component.setUserName(USERNAME);
			component.setPassword("password123");
		});

		assertThat(records(json(template.request("salesforce:query?rawPayload=true",
				(exchange) -> exchange.getIn().setBody("SELECT Id FROM Case")))))
			.hasSize(1);
	}

	@Test
	void badClientSecretGivesAClearLoginError() {
		assertThatThrownBy(() -> camel((component) -> {
			clientCredentials(component);
			component.setClientSecret("wrong");
		})).hasStackTraceContaining("invalid_client").hasStackTraceContaining("invalid client credentials");
	}

	private void clientCredentials(SalesforceComponent component) {
		component.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS);
		component.setClientId(CLIENT_ID);
		component.setClientSecret(CLIENT_SECRET);
	}

	private ProducerTemplate camel(Consumer<SalesforceComponent> configuration) {
		CamelContext context = new DefaultCamelContext();
		SalesforceComponent component = new SalesforceComponent();
		component.setLoginUrl(this.sandbox.baseUrl());
		configuration.accept(component);
		context.addComponent("salesforce", component);
		this.contexts.add(context);
		context.start();
		return context.createProducerTemplate();
	}

	private static Map<String, Object> json(Exchange exchange) {
		if (exchange.getException() != null) {
			throw new AssertionError("Salesforce call failed", exchange.getException());
		}
		try (InputStream body = exchange.getMessage().getBody(InputStream.class)) {
			return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> records(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("records");
	}

	/**
	 * The smallest generated-DTO stand-in camel-salesforce accepts for sObject
	 * Collections.
	 */
	static final class CaseComment extends AbstractDescribedSObjectBase {

		private final String parentId;

		private final String commentBody;

		CaseComment(String parentId, String commentBody) {
			this.parentId = parentId;
			this.commentBody = commentBody;
			getAttributes().setType("CaseComment");
		}

		@JsonProperty("ParentId")
		public String getParentId() {
			return this.parentId;
		}

		@JsonProperty("CommentBody")
		public String getCommentBody() {
			return this.commentBody;
		}

		@Override
		public SObjectDescription description() {
			return new SObjectDescription();
		}

	}

}
