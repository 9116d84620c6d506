package io.wocas.bridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * WOCAS Bridge: captures customer voices from the CRM and mailboxes, groups them into
 * dossiers and closes the loop back to the advisers inside their CRM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WocasBridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(WocasBridgeApplication.class, args);
	}

}
