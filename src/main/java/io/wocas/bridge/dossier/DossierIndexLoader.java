package io.wocas.bridge.dossier;

import java.util.List;

import io.wocas.bridge.dossier.grouping.GroupingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the grouping index from the profiles stored with the open dossiers, so that
 * start-up never re-reads voices. Grouping waits until this is done.
 */
@Component
public class DossierIndexLoader {

	private static final Logger log = LoggerFactory.getLogger(DossierIndexLoader.class);

	private final Dossiers dossiers;

	private final DossierMembership membership;

	private final GroupingIndex index;

	private volatile boolean loaded;

	DossierIndexLoader(Dossiers dossiers, DossierMembership membership, GroupingIndex index) {
		this.dossiers = dossiers;
		this.membership = membership;
		this.index = index;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void load() {
		List<Dossier> open = this.dossiers
			.findByStatusNotIn(List.of(DossierStatus.MERGED, DossierStatus.CLOSED, DossierStatus.VERIFIED));
		for (Dossier dossier : open) {
			this.index.put(this.membership.read(dossier));
		}
		this.loaded = true;
		log.info("Grouping index loaded with {} open dossiers", this.index.size());
	}

	public boolean isLoaded() {
		return this.loaded;
	}

}
