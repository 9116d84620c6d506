package io.wocas.bridge.voice;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.data.repository.query.Param;

/**
 * The stored voices.
 */
public interface Voices extends ListCrudRepository<Voice, Long>, PagingAndSortingRepository<Voice, Long> {

	@Query("select * from voice where source_system = :system and source_record_id = :recordId")
	Optional<Voice> findBySource(@Param("system") String system, @Param("recordId") String recordId);

	default Optional<Voice> findBySource(SourceRef source) {
		return findBySource(source.system(), source.recordId());
	}

	default Optional<Voice> findById(VoiceId id) {
		return findById(id.value());
	}

	Page<Voice> findAllByAdviser(String adviser, Pageable pageable);

	long countBySourceSystem(String sourceSystem);

}
