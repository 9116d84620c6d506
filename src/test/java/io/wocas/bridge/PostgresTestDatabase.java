package io.wocas.bridge;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the machine ({@code .ci/run} starts it and creates the
 * database). Each test class gets a fresh schema, so runs never see each other's rows.
 */
public final class PostgresTestDatabase {

	public static final String URL = System.getProperty("wocas.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/wocas_test");

	private PostgresTestDatabase() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> System.getProperty("wocas.test.postgres.user", "postgres"));
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> schema);
	}

}
