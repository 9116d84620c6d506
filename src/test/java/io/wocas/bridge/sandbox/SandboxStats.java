package io.wocas.bridge.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts API calls as Salesforce does for the daily limit: every authenticated data API
 * call is one call, a composite request with 25 subrequests too. Calls are grouped by
 * resource: {@code query}, {@code queryAll}, {@code sobjects}, {@code composite},
 * {@code composite/sobjects}, {@code chatter/feed-elements}, {@code limits}...
 */
public final class SandboxStats {

	private final long dailyLimit;

	private final AtomicLong used = new AtomicLong();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	/**
	 * One counted call: the HTTP method and the resource group.
	 */
	public record Call(String method, String resource, String path) {
	}

	SandboxStats(long dailyLimit) {
		this.dailyLimit = dailyLimit;
	}

	public long apiCalls() {
		return this.calls.size();
	}

	public long apiCalls(String resource) {
		return this.calls.stream().filter((call) -> call.resource().equals(resource)).count();
	}

	public long apiCalls(String method, String resource) {
		return this.calls.stream()
			.filter((call) -> call.method().equalsIgnoreCase(method) && call.resource().equals(resource))
			.count();
	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	/**
	 * Used calls in the rolling 24 hours, as reported in {@code Sforce-Limit-Info};
	 * survives {@link #reset()} only if {@code keepUsage}.
	 */
	public long used() {
		return this.used.get();
	}

	public long dailyLimit() {
		return this.dailyLimit;
	}

	public void reset() {
		this.calls.clear();
		this.used.set(0);
	}

	String limitInfo() {
		return "api-usage=" + this.used.get() + "/" + this.dailyLimit;
	}

	boolean limitExceeded() {
		return this.used.get() >= this.dailyLimit;
	}

	void count(String method, String pathAfterVersion) {
		this.used.incrementAndGet();
		this.calls.add(new Call(method, resourceOf(pathAfterVersion), pathAfterVersion));
	}

	static String resourceOf(String pathAfterVersion) {
		String path = pathAfterVersion.startsWith("/") ? pathAfterVersion.substring(1) : pathAfterVersion;
		String[] segments = path.split("/");
		if (segments.length == 0 || segments[0].isEmpty()) {
			return "";
		}
		if ((segments[0].equals("composite") || segments[0].equals("chatter")) && segments.length > 1) {
			String resource = segments[0] + "/" + segments[1];
			if (segments[0].equals("chatter") && segments.length > 2 && segments[2].equals("batch")) {
				resource += "/batch";
			}
			return resource;
		}
		return segments[0];
	}

}
