package io.wocas.bridge.outbox;

import java.util.List;

/**
 * Delivers one kind of outbox entry, in batches so that a CRM can take many updates in
 * one call. Must answer for every entry it is given; an exception counts as "retry later"
 * for the whole batch.
 */
public interface OutboxHandler {

	String kind();

	default int batchSize() {
		return 200;
	}

	List<Delivery> deliver(List<OutboxEntry> entries);

}
