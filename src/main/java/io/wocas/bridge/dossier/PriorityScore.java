package io.wocas.bridge.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.wocas.bridge.dossier.DossierVoices.VoiceFacts;
import io.wocas.bridge.voice.Frequency;

/**
 * A dossier's priority score and its parts, so that an analyst sees why a dossier ranks
 * where it does. See the README for the formula.
 *
 * @param distinctVoices voices counted once per customer (or case)
 * @param last7Days voices raised in the last 7 days
 * @param last30Days voices raised in the last 30 days
 * @param previous30Days voices raised in the 30 days before those
 * @param trend recent rate against the rate before, 0.5..3
 * @param meanSeverity mean reported severity (2 when unknown)
 * @param meanFrequency mean reported frequency, 1 (rare) .. 4 (daily)
 * @param monthlyContactCost estimated cost per month of the contacts the problem causes
 * @param score the weighted sum
 */
public record PriorityScore(int distinctVoices, int last7Days, int last30Days, int previous30Days, double trend,
		double meanSeverity, double meanFrequency, double monthlyContactCost, double score) {

	/**
	 * Scores a dossier from its voices at a given time.
	 */
	public static PriorityScore of(List<VoiceFacts> voices, PrioritySettings settings, Instant now) {
		int distinct = (int) voices.stream().map(VoiceFacts::distinctKey).distinct().count();
		Instant weekAgo = now.minus(Duration.ofDays(7));
		Instant monthAgo = now.minus(Duration.ofDays(30));
		Instant twoMonthsAgo = now.minus(Duration.ofDays(60));
		int last7 = (int) voices.stream().filter((v) -> v.raisedAt().isAfter(weekAgo)).count();
		int last30 = (int) voices.stream().filter((v) -> v.raisedAt().isAfter(monthAgo)).count();
		int previous30 = (int) voices.stream()
			.filter((v) -> v.raisedAt().isAfter(twoMonthsAgo) && !v.raisedAt().isAfter(monthAgo))
			.count();
		double recentRate = 0.5 * (last7 / 7.0) + 0.5 * (last30 / 30.0);
		double previousRate = previous30 / 30.0;
		double trend = clamp((recentRate + 0.1) / (previousRate + 0.1), 0.5, 3.0);
		double meanSeverity = voices.stream()
			.mapToInt((v) -> (v.severity() != null) ? v.severity() : 2)
			.average()
			.orElse(2);
		double meanFrequency = voices.stream().mapToInt((v) -> frequencyLevel(v.frequency())).average().orElse(2);
		double monthlyCost = voices.stream()
			.mapToDouble((v) -> contactsPerMonth(v.frequency()) * settings.costOf(v.sourceKind()))
			.sum();
		double score = settings.voicesWeight() * Math.log1p(distinct) + settings.trendWeight() * Math.log(trend)
				+ settings.severityWeight() * (meanSeverity - 1) / 3
				+ settings.frequencyWeight() * (meanFrequency - 1) / 3
				+ settings.costWeight() * Math.log1p(monthlyCost / settings.costUnit());
		return new PriorityScore(distinct, last7, last30, previous30, round(trend), round(meanSeverity),
				round(meanFrequency), round(monthlyCost), round(score));
	}

	/**
	 * How many contacts a month a reported frequency stands for: an adviser who hears it
	 * daily hears it about every working day.
	 */
	static double contactsPerMonth(Frequency frequency) {
		if (frequency == null) {
			return 1;
		}
		return switch (frequency) {
			case DAILY -> 21;
			case WEEKLY -> 4.3;
			case MONTHLY -> 1;
			case RARE -> 0.25;
		};
	}

	static int frequencyLevel(Frequency frequency) {
		if (frequency == null) {
			return 2;
		}
		return switch (frequency) {
			case DAILY -> 4;
			case WEEKLY -> 3;
			case MONTHLY -> 2;
			case RARE -> 1;
		};
	}

	/**
	 * The parts as a short JSON object, stored with the dossier.
	 */
	public String partsJson() {
		return String.format(Locale.ROOT,
				"{\"distinctVoices\":%d,\"last7Days\":%d,\"last30Days\":%d,\"previous30Days\":%d,\"trend\":%s,"
						+ "\"meanSeverity\":%s,\"meanFrequency\":%s,\"monthlyContactCost\":%s,\"score\":%s}",
				this.distinctVoices, this.last7Days, this.last30Days, this.previous30Days, this.trend,
				this.meanSeverity, this.meanFrequency, this.monthlyContactCost, this.score);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
