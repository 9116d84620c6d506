package io.wocas.bridge.dossier;

import java.util.Map;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import io.wocas.bridge.voice.SourceKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How dossiers are scored; the formula is in the README ("Priority score").
 *
 * @param threshold score from which a dossier is a priority dossier
 * @param voicesWeight weight of ln(1 + distinct voices)
 * @param trendWeight weight of ln(trend)
 * @param severityWeight weight of the mean severity, scaled 0..1
 * @param frequencyWeight weight of the mean reported frequency, scaled 0..1
 * @param costWeight weight of ln(1 + monthly contact cost / cost unit)
 * @param costUnit the monthly contact cost (in currency) that counts as one unit
 * @param costPerContact cost of one customer contact, by the channel the voice came from
 */
@Validated
@ConfigurationProperties("wocas.priority")
public record PrioritySettings(@DefaultValue("4.0") @Positive double threshold,
		@DefaultValue("1.0") @PositiveOrZero double voicesWeight,
		@DefaultValue("1.0") @PositiveOrZero double trendWeight,
		@DefaultValue("1.0") @PositiveOrZero double severityWeight,
		@DefaultValue("0.5") @PositiveOrZero double frequencyWeight,
		@DefaultValue("0.5") @PositiveOrZero double costWeight, @DefaultValue("100") @Positive double costUnit,
		Map<SourceKind, Double> costPerContact) {

	/**
	 * Defaults: a phone call noted on a case costs more than a mail.
	 */
	static final Map<SourceKind, Double> DEFAULT_COSTS = Map.of(SourceKind.CASE_COMMENT, 6.5, SourceKind.FEED_ITEM, 6.5,
			SourceKind.CASE_EMAIL, 4.0, SourceKind.MAILBOX_EMAIL, 4.0, SourceKind.API, 5.0);

	public PrioritySettings {
		Map<SourceKind, Double> costs = new java.util.EnumMap<>(DEFAULT_COSTS);
		if (costPerContact != null) {
			costs.putAll(costPerContact);
		}
		costPerContact = Map.copyOf(costs);
	}

	public double costOf(SourceKind kind) {
		return this.costPerContact.getOrDefault(kind, 5.0);
	}

}
