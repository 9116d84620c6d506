package io.wocas.bridge.crm.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;

/**
 * Outbox entries that ask for the same record to be written, grouped per org and record:
 * one write a record, whose result is shared by every entry that asked for it. A
 * collection call may not name the same record twice, and the record is built from the
 * current state anyway.
 *
 * @param <K> what identifies a record (a dossier id, a Case id)
 */
final class CoalescedWrites<K> {

	private final Map<String, Map<K, List<OutboxEntry>>> byOrg = new LinkedHashMap<>();

	void add(String org, K key, OutboxEntry entry) {
		this.byOrg.computeIfAbsent(org, (o) -> new LinkedHashMap<>())
			.computeIfAbsent(key, (k) -> new ArrayList<>())
			.add(entry);
	}

	/**
	 * Builds each record (empty: it can no longer be written, and its entries are refused
	 * with {@code missing}), writes them org by org, and answers for every entry.
	 */
	List<Delivery> send(Function<K, Optional<ObjectNode>> record,
			BiFunction<String, List<SObjectWrites.Write>, List<Delivery>> write, String missing) {
		List<Delivery> deliveries = new ArrayList<>();
		this.byOrg.forEach((org, byKey) -> {
			List<SObjectWrites.Write> writes = new ArrayList<>();
			Map<Long, List<OutboxEntry>> entriesByWrite = new LinkedHashMap<>();
			byKey.forEach((key, entries) -> {
				Optional<ObjectNode> built = record.apply(key);
				if (built.isEmpty()) {
					entries.forEach((entry) -> deliveries.add(Delivery.refused(entry.id(), missing + " " + key)));
					return;
				}
				long writeId = entries.get(0).id();
				writes.add(new SObjectWrites.Write(writeId, built.get()));
				entriesByWrite.put(writeId, entries);
			});
			deliveries.addAll(fanOut(write.apply(org, writes), entriesByWrite));
		});
		return deliveries;
	}

	/**
	 * Gives each entry the result of the write made for it.
	 */
	static List<Delivery> fanOut(List<Delivery> results, Map<Long, List<OutboxEntry>> entriesByWrite) {
		List<Delivery> deliveries = new ArrayList<>();
		for (Delivery result : results) {
			for (OutboxEntry entry : entriesByWrite.getOrDefault(result.entryId(), List.of())) {
				deliveries.add(new Delivery(entry.id(), result.delivered(), result.externalId(), result.error(),
						result.permanent()));
			}
		}
		return deliveries;
	}

}
