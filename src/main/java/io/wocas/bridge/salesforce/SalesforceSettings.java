package io.wocas.bridge.salesforce;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Salesforce orgs WOCAS Bridge reads from and writes back to, from
 * {@code connectors/salesforce.yaml}. Secrets (client secret, password, keystore
 * password) are given as {@code ${ENV_VAR}} references, never in the file itself.
 */
@Validated
@ConfigurationProperties("wocas.salesforce")
public record SalesforceSettings(Map<String, @Valid Org> orgs) {

	public SalesforceSettings {
		orgs = (orgs != null) ? new LinkedHashMap<>(orgs) : Map.of();
	}

	/**
	 * How to log in.
	 */
	public enum Authentication {

		CLIENT_CREDENTIALS, JWT, USERNAME_PASSWORD

	}

	/**
	 * What is polled from an org.
	 */
	public enum PolledObject {

		CASE_COMMENT("CaseComment"), FEED_ITEM("FeedItem"), EMAIL_MESSAGE("EmailMessage");

		private final String sobject;

		PolledObject(String sobject) {
			this.sobject = sobject;
		}

		public String sobject() {
			return this.sobject;
		}

	}

	/**
	 * One org.
	 *
	 * @param enabled whether the org is used at all
	 * @param loginUrl OAuth login URL, e.g. {@code https://login.salesforce.com} or the
	 * My Domain URL
	 * @param authentication login flow; client credentials and JWT bearer are preferred
	 * @param clientId connected app consumer key
	 * @param clientSecret connected app consumer secret (client credentials,
	 * username-password)
	 * @param username integration user (JWT bearer, username-password)
	 * @param password integration user's password (username-password only)
	 * @param jwtKeystore PKCS12 keystore holding the JWT signing key (JWT bearer)
	 * @param jwtKeystorePassword keystore password (JWT bearer)
	 * @param apiVersion REST API version
	 * @param pollInterval time between two polls of each object
	 * @param pageSize records per query page ({@code Sforce-Query-Options: batchSize}),
	 * 200 to 2000
	 * @param lookback how far before the watermark each poll re-reads, to catch records
	 * committed late with an older {@code SystemModstamp}; re-read records are not
	 * captured twice
	 * @param backfill how far back the first poll of an object starts
	 * @param poll the objects to poll
	 * @param maxApiShare share of the org's daily API limit above which WOCAS Bridge
	 * stops polling and holds write-backs until the budget frees up
	 */
	public record Org(@DefaultValue("true") boolean enabled, @NotBlank @Pattern(regexp = "https?://.+") String loginUrl,
			@NotNull @DefaultValue("CLIENT_CREDENTIALS") Authentication authentication, @NotBlank String clientId,
			String clientSecret, String username, String password, Path jwtKeystore, String jwtKeystorePassword,
			@DefaultValue("62.0") @Pattern(regexp = "\\d{2}\\.0") String apiVersion,
			@NotNull @DefaultValue("60s") Duration pollInterval, @Min(200) @Max(2000) @DefaultValue("200") int pageSize,
			@NotNull @DefaultValue("60s") Duration lookback, @NotNull @DefaultValue("30d") Duration backfill,
			@DefaultValue( {
					"CASE_COMMENT", "FEED_ITEM", "EMAIL_MESSAGE" }) Set<PolledObject> poll,
			@DecimalMin("0.05") @DecimalMax("1.0") @DefaultValue("0.8") double maxApiShare){

		public Org {
			poll = (poll != null && !poll.isEmpty()) ? EnumSet.copyOf(poll) : EnumSet.noneOf(PolledObject.class);
		}

		@AssertTrue(message = "client-secret is required for CLIENT_CREDENTIALS and USERNAME_PASSWORD")
		public boolean isClientSecretGiven() {
			return this.authentication == Authentication.JWT
					|| (this.clientSecret != null && !this.clientSecret.isBlank());
		}

		@AssertTrue(message = "username is required for JWT and USERNAME_PASSWORD")
		public boolean isUsernameGiven() {
			return this.authentication == Authentication.CLIENT_CREDENTIALS
					|| (this.username != null && !this.username.isBlank());
		}

		@AssertTrue(message = "password is required for USERNAME_PASSWORD")
		public boolean isPasswordGiven() {
			return this.authentication != Authentication.USERNAME_PASSWORD
					|| (this.password != null && !this.password.isBlank());
		}

		@AssertTrue(message = "jwt-keystore (an existing PKCS12 file) and jwt-keystore-password are required for JWT")
		public boolean isJwtKeystoreGiven() {
			return this.authentication != Authentication.JWT || (this.jwtKeystore != null
					&& this.jwtKeystore.toFile().isFile() && this.jwtKeystorePassword != null);
		}

	}

}
