package io.wocas.bridge.outbox;

/**
 * What became of one outbox entry.
 *
 * @param entryId the entry
 * @param delivered whether the other system took it
 * @param externalId the id the other system gave it (a Chatter post id, a Task id), if
 * any
 * @param error why it failed
 * @param permanent whether retrying cannot help (a refused field); such entries are
 * parked as FAILED for ops instead of being retried forever
 */
public record Delivery(long entryId, boolean delivered, String externalId, String error, boolean permanent) {

	public static Delivery delivered(long entryId, String externalId) {
		return new Delivery(entryId, true, externalId, null, false);
	}

	public static Delivery retryLater(long entryId, String error) {
		return new Delivery(entryId, false, null, error, false);
	}

	public static Delivery refused(long entryId, String error) {
		return new Delivery(entryId, false, null, error, true);
	}

}
