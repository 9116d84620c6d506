package io.wocas.bridge.voice.tagging;

import java.nio.file.Path;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How voices are recognised: the marker advisers type, the taxonomy file ops maintain,
 * and the taxonomy confidence from which an unmarked text counts as a voice.
 *
 * @param marker the marker advisers type in a note or mail, matched case-insensitively
 * @param taxonomyFile the YAML taxonomy of reason codes
 * @param minConfidence taxonomy confidence (0..1) from which an unmarked text is a voice
 */
@Validated
@ConfigurationProperties("wocas.tagging")
public record TaggingSettings(@NotBlank @DefaultValue("#WOCAS") String marker,
		@NotNull @DefaultValue("connectors/taxonomy.yaml") Path taxonomyFile,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.35") double minConfidence) {

	public static final String DEFAULT_MARKER = "#WOCAS";

	public static final Path DEFAULT_TAXONOMY_FILE = Path.of("connectors/taxonomy.yaml");

	public static final double DEFAULT_MIN_CONFIDENCE = 0.35;

	public static TaggingSettings defaults() {
		return new TaggingSettings(DEFAULT_MARKER, DEFAULT_TAXONOMY_FILE, DEFAULT_MIN_CONFIDENCE);
	}

}
