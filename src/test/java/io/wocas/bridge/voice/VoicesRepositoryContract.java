package io.wocas.bridge.voice;

import java.util.List;

import io.wocas.bridge.persistence.PersistenceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;

import static io.wocas.bridge.voice.VoiceTestData.aVoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the voice store guarantees, run against each supported database by a subclass.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PersistenceConfiguration.class)
abstract class VoicesRepositoryContract {

	@Autowired
	Voices voices;

	@Test
	void aVoiceIsStoredWithItsReasonCodesAndAttachments() {
		Voice saved = this.voices.save(aVoice().inDutch()
			.withReasons("BILL-ANNUAL", "LETTER-CLARITY")
			.withAttachment("jaarafrekening.pdf", 48213)
			.build());

		Voice read = this.voices.findById(saved.id()).orElseThrow();

		assertThat(read.language()).isEqualTo(Language.NL);
		assertThat(read.reasonCodes()).containsExactlyInAnyOrder("BILL-ANNUAL", "LETTER-CLARITY");
		assertThat(read.attachments()).containsExactly(new Attachment("jaarafrekening.pdf", "application/pdf", 48213));
		assertThat(read.severity()).contains(new Severity(2));
		assertThat(read.capturedAt()).isEqualTo(saved.capturedAt());
	}

	@Test
	void aSourceItemBecomesAtMostOneVoice() {
		this.voices.save(aVoice().from("mail:wocas", "<abc@hydrobel.example>").build());

		assertThatThrownBy(() -> this.voices.save(aVoice().from("mail:wocas", "<abc@hydrobel.example>").build()))
			.hasCauseInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void aVoiceIsFoundBySource() {
		this.voices.save(aVoice().from("salesforce:prod", "00a5g00000ZZZ01AAA").build());

		assertThat(this.voices.findBySource(new SourceRef("salesforce:prod", "00a5g00000ZZZ01AAA"))).isPresent();
		assertThat(this.voices.findBySource(new SourceRef("salesforce:other", "00a5g00000ZZZ01AAA"))).isEmpty();
	}

	@Test
	void anAdvisersVoicesArePaged() {
		for (int i = 0; i < 5; i++) {
			this.voices.save(aVoice().by("0055g00000PAG01AAA").build());
		}
		this.voices.save(aVoice().by("0055g00000PAG02AAA").build());

		List<Voice> firstPage = this.voices.findAllByAdviser("0055g00000PAG01AAA", PageRequest.of(0, 3)).getContent();

		assertThat(firstPage).hasSize(3).allMatch((voice) -> voice.adviser().equals("0055g00000PAG01AAA"));
		assertThat(this.voices.findAllByAdviser("0055g00000PAG01AAA", PageRequest.of(0, 3)).getTotalElements())
			.isEqualTo(5);
	}

	@Test
	void aVoiceWithoutSeverityOrFrequencyIsStored() {
		Voice saved = this.voices.save(aVoice().withSeverity(null).build());

		assertThat(this.voices.findById(saved.id()).orElseThrow().severity()).isEmpty();
	}

}
