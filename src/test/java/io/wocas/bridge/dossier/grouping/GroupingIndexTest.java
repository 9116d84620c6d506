package io.wocas.bridge.dossier.grouping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.voice.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroupingIndexTest {

	static VoiceFeatures voice(long id, String... terms) {
		Map<String, Double> weights = new LinkedHashMap<>();
		for (String term : terms) {
			weights.put(term, 1.0);
		}
		return new VoiceFeatures(id, Language.FR, List.of(), weights);
	}

	@Test
	void aDossierSharingNoFeatureIsNeverACandidate() {
		GroupingIndex index = new GroupingIndex(300, 256);
		index.addVoice(1, voice(1, "c:leak", "c:plumber"));
		index.addVoice(2, voice(2, "c:payment-plan", "c:formal-notice"));

		List<Candidate> candidates = index.candidates(voice(3, "c:leak", "c:repair"), 10);

		assertThat(candidates).extracting(Candidate::dossierId).containsExactly(1L);
		assertThat(candidates.get(0).sharedTerms()).containsExactly("c:leak");
	}

	@Test
	void candidatesAreRankedByCosineAndIdenticalVoiceScoresOne() {
		GroupingIndex index = new GroupingIndex(300, 256);
		index.addVoice(1, voice(1, "c:leak", "c:plumber", "c:advance-invoice"));
		index.addVoice(2, voice(2, "c:leak", "c:leak-allowance"));

		List<Candidate> candidates = index.candidates(voice(3, "c:leak", "c:leak-allowance"), 10);

		assertThat(candidates).extracting(Candidate::dossierId).containsExactly(2L, 1L);
		assertThat(candidates.get(0).score()).isCloseTo(1.0, within(1e-6));
		assertThat(candidates.get(1).score()).isLessThan(candidates.get(0).score());
	}

	@Test
	void workPerVoiceIsBoundedByThePostingListsNotByTheNumberOfDossiers() {
		GroupingIndex index = new GroupingIndex(300, 8);
		for (long id = 1; id <= 100; id++) {
			index.addVoice(id, voice(id, "c:reminder", "t:noise" + id));
		}
		index.addVoice(101, voice(101, "c:reminder", "c:reminder-fee", "c:double-charge"));

		List<Candidate> candidates = index.candidates(voice(102, "c:reminder", "c:double-charge"), 200);

		assertThat(candidates).hasSizeLessThanOrEqualTo(8 + 1);
		assertThat(candidates.get(0).dossierId()).isEqualTo(101L);
		assertThat(index.size()).isEqualTo(101);
	}

	@Test
	void addingAndRemovingVoicesKeepsTheProfileAndCapsItsTerms() {
		GroupingIndex index = new GroupingIndex(3, 256);
		index.addVoice(1, voice(1, "c:a", "c:b"));
		DossierProfile profile = index.addVoice(1, voice(2, "c:a", "c:c", "c:d"));

		assertThat(profile.voices()).isEqualTo(2);
		assertThat(profile.termSums()).hasSize(3).containsEntry("c:a", 2.0);

		profile = index.removeVoice(1, voice(2, "c:a", "c:c", "c:d"));
		assertThat(profile.voices()).isEqualTo(1);
		assertThat(profile.termSums()).containsEntry("c:a", 1.0).doesNotContainKeys("c:c", "c:d");

		assertThat(index.removeVoice(1, voice(1, "c:a", "c:b")).voices()).isZero();
		assertThat(index.size()).isZero();
		assertThat(index.candidates(voice(3, "c:a"), 5)).isEmpty();
	}

	@Test
	void profilesSurviveJsonAndReloadIntoAnEquivalentIndex() throws Exception {
		GroupingIndex index = new GroupingIndex(300, 256);
		index.addVoice(1, voice(1, "c:leak", "c:plumber"));
		index.addVoice(1, voice(2, "c:leak", "c:repair"));
		index.addVoice(2, voice(3, "c:move", "c:old-address"));
		ObjectMapper json = new ObjectMapper();

		GroupingIndex reloaded = new GroupingIndex(300, 256);
		for (long id : new long[] { 1, 2 }) {
			String stored = json.writeValueAsString(index.profile(id).orElseThrow());
			reloaded.put(json.readValue(stored, DossierProfile.class));
		}

		VoiceFeatures probe = voice(9, "c:leak", "c:repair", "c:move");
		assertThat(reloaded.candidates(probe, 5)).isEqualTo(index.candidates(probe, 5));
		assertThat(reloaded.profile(1)).isEqualTo(index.profile(1));
	}

	@Test
	void similarDossiersSuggestsDuplicatesButNotItself() {
		GroupingIndex index = new GroupingIndex(300, 256);
		index.addVoice(1, voice(1, "c:itsme", "c:login", "c:portal"));
		index.addVoice(2, voice(2, "c:itsme", "c:login", "c:technical-error"));
		index.addVoice(3, voice(3, "c:refund", "c:credit-balance"));

		List<Candidate> similar = index.similarDossiers(1, 5, 0.1);

		assertThat(similar).extracting(Candidate::dossierId).containsExactly(2L);
		assertThat(index.remove(2)).isTrue();
		assertThat(index.similarDossiers(1, 5, 0.1)).isEmpty();
	}

}
