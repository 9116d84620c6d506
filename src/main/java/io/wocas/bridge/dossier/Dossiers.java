package io.wocas.bridge.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The stored dossiers.
 */
public interface Dossiers extends ListCrudRepository<Dossier, Long> {

	default Optional<Dossier> findById(DossierId id) {
		return findById(id.value());
	}

	default Dossier get(DossierId id) {
		return findById(id.value()).orElseThrow(() -> new NoSuchDossierException(id));
	}

	List<Dossier> findByStatusNotIn(List<DossierStatus> statuses);

	/**
	 * The dossier that carries a dossier's voices now: itself, or the dossier it was
	 * merged into (following merges).
	 */
	default Optional<Dossier> survivorOf(long dossierId) {
		Optional<Dossier> dossier = findById(dossierId);
		for (int hops = 0; hops < 20 && dossier.isPresent() && dossier.get().mergedInto().isPresent(); hops++) {
			dossier = findById(dossier.get().mergedInto().get().value());
		}
		return dossier;
	}

}
