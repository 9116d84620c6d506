package io.wocas.bridge.dossier.grouping;

import java.nio.file.Path;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How voices are grouped into dossiers.
 *
 * @param attachThreshold cosine similarity (0..1) from which a voice joins its best
 * dossier instead of opening a new one
 * @param secondaryThreshold cosine similarity from which a voice is also linked to a
 * second dossier that shares other concepts than the primary one
 * @param candidates how many candidate dossiers are scored exactly per voice
 * @param conceptWeight weight of a concept feature ({@code c:payment-plan})
 * @param stemWeight weight of a word-stem feature ({@code t:afbetal}); lower than
 * concepts because stems only match within one language
 * @param reasonWeight weight of a reason-code feature ({@code r:FORMAL-NOTICE})
 * @param maxProfileTerms how many of its strongest features a dossier profile keeps
 * @param postingsPerTerm how many dossiers, the strongest for that feature, the index
 * keeps per feature for candidate retrieval; this bounds the work per voice whatever the
 * number of dossiers
 * @param synonymsFile the YAML list of multilingual concepts
 */
@Validated
@ConfigurationProperties("wocas.grouping")
public record GroupingSettings(@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.21") double attachThreshold,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.25") double secondaryThreshold,
		@Min(1) @Max(1000) @DefaultValue("10") int candidates,
		@DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("1.0") double conceptWeight,
		@DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("0.25") double stemWeight,
		@DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("1.5") double reasonWeight,
		@Min(10) @Max(100000) @DefaultValue("300") int maxProfileTerms,
		@Min(8) @Max(1000000) @DefaultValue("64") int postingsPerTerm,
		@NotNull @DefaultValue("connectors/synonyms.yaml") Path synonymsFile) {

	public static final Path DEFAULT_SYNONYMS_FILE = Path.of("connectors/synonyms.yaml");

	public static GroupingSettings defaults() {
		return new GroupingSettings(0.21, 0.25, 10, 1.0, 0.25, 1.5, 300, 64, DEFAULT_SYNONYMS_FILE);
	}

	public GroupingSettings withThresholds(double attach, double secondary) {
		return new GroupingSettings(attach, secondary, this.candidates, this.conceptWeight, this.stemWeight,
				this.reasonWeight, this.maxProfileTerms, this.postingsPerTerm, this.synonymsFile);
	}

	public GroupingSettings withWeights(double concept, double stem, double reason) {
		return new GroupingSettings(this.attachThreshold, this.secondaryThreshold, this.candidates, concept, stem,
				reason, this.maxProfileTerms, this.postingsPerTerm, this.synonymsFile);
	}

}
