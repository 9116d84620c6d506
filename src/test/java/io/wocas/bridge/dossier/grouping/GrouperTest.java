package io.wocas.bridge.dossier.grouping;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static io.wocas.bridge.dossier.grouping.GroupingIndexTest.voice;
import static org.assertj.core.api.Assertions.assertThat;

class GrouperTest {

	private final GroupingSettings settings = GroupingSettings.defaults();

	private final Grouper grouper = new Grouper(new GroupingIndex(this.settings), this.settings);

	private final AtomicLong ids = new AtomicLong(100);

	@Test
	void firstVoiceOpensADossierAndASimilarOneJoinsIt() {
		Decision first = this.grouper.group(voice(1, "c:formal-notice", "c:payment-plan", "r:FORMAL-NOTICE"),
				this.ids::incrementAndGet);
		Decision second = this.grouper.group(voice(2, "c:formal-notice", "c:payment-plan", "c:ongoing"),
				this.ids::incrementAndGet);

		assertThat(first.newDossier()).isTrue();
		assertThat(first.primary().dossierId()).isEqualTo(101L);
		assertThat(second.newDossier()).isFalse();
		assertThat(second.primary().dossierId()).isEqualTo(101L);
		assertThat(second.primary().sharedTerms()).contains("c:formal-notice", "c:payment-plan");
		assertThat(second.explanation()).startsWith("joined dossier 101 (score").contains("c:payment-plan");
	}

	@Test
	void anUnrelatedVoiceOpensANewDossier() {
		this.grouper.group(voice(1, "c:leak", "c:plumber"), this.ids::incrementAndGet);

		Decision decision = this.grouper.decide(voice(2, "c:itsme", "c:login"));

		assertThat(decision.newDossier()).isTrue();
		assertThat(decision.primary()).isNull();
		assertThat(decision.explanation()).startsWith("opened a new dossier");
	}

	@Test
	void aVoiceRaisingASecondProblemIsAlsoLinkedToItsDossier() {
		for (int i = 0; i < 3; i++) {
			this.grouper.group(voice(10 + i, "c:itsme", "c:login", "c:portal"), () -> 1);
			this.grouper.group(voice(20 + i, "c:phone-wait", "c:unreachable", "c:callback"), () -> 2);
		}

		Decision decision = this.grouper.decide(voice(30, "c:itsme", "c:login", "c:phone-wait", "c:unreachable"));

		assertThat(decision.newDossier()).isFalse();
		assertThat(decision.secondary()).hasSize(1);
		assertThat(decision.secondary().get(0).dossierId()).isNotEqualTo(decision.primary().dossierId());
		assertThat(decision.explanation()).contains("also linked to");
	}

	@Test
	void aNearDuplicateDossierIsNotASecondaryLink() {
		this.grouper.group(voice(1, "c:itsme", "c:login", "c:portal"), () -> 1);
		this.grouper.group(voice(2, "c:itsme", "c:login", "c:password"), () -> 2);

		Decision decision = this.grouper.decide(voice(3, "c:itsme", "c:login"));

		assertThat(decision.newDossier()).isFalse();
		assertThat(decision.secondary()).isEmpty();
	}

}
