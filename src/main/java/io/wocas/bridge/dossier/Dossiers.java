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

}
