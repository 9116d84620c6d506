package io.wocas.bridge.salesforce;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The daily API budget of each org, as Salesforce reports it on every response in
 * {@code Sforce-Limit-Info: api-usage=used/max}. The budget is shared by every
 * integration of the org, so callers check {@link #share(String)} before spending more.
 */
@Component
public class ApiUsage {

	private static final java.util.regex.Pattern API_USAGE = java.util.regex.Pattern.compile("api-usage=(\\d+)/(\\d+)");

	private final Map<String, Usage> usageByOrg = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	public ApiUsage(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Counts one call to the org and reads the limit header of its response, if any.
	 */
	public void record(String org, String limitInfoHeader) {
		this.meters.counter("wocas.salesforce.api.calls", "org", org).increment();
		if (limitInfoHeader == null) {
			return;
		}
		Matcher matcher = API_USAGE.matcher(limitInfoHeader);
		if (matcher.find()) {
			Usage usage = this.usageByOrg.computeIfAbsent(org, this::register);
			usage.used = Long.parseLong(matcher.group(1));
			usage.max = Long.parseLong(matcher.group(2));
		}
	}

	/**
	 * The share of the daily limit used, 0..1, when known.
	 */
	public Optional<Double> share(String org) {
		Usage usage = this.usageByOrg.get(org);
		if (usage == null || usage.max <= 0) {
			return Optional.empty();
		}
		return Optional.of((double) usage.used / usage.max);
	}

	private Usage register(String org) {
		Usage usage = new Usage();
		Gauge.builder("wocas.salesforce.api.used", usage, (u) -> u.used).tag("org", org).register(this.meters);
		Gauge.builder("wocas.salesforce.api.max", usage, (u) -> u.max).tag("org", org).register(this.meters);
		return usage;
	}

	private static final class Usage {

		private volatile long used;

		private volatile long max;

	}

}
