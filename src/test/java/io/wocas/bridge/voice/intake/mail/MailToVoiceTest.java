package io.wocas.bridge.voice.intake.mail;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import io.wocas.bridge.voice.Attachment;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MailToVoiceTest {

	private static final Instant CUSTOMER_WROTE = Instant.parse("2025-03-03T13:05:00Z");

	private static final Instant ADVISER_FORWARDED = Instant.parse("2025-03-04T08:30:00Z");

	private final MailToVoice translator = new MailToVoice(ZoneId.of("Europe/Brussels"));

	@Test
	void plainMailBecomesACommandFromTheSender() throws Exception {
		MailTestData mail = MailTestData.aPlainMail();

		CaptureVoice voice = translate(mail);

		assertThat(voice.source().system()).isEqualTo("mail:support");
		assertThat(voice.source().recordId()).isEqualTo(mail.messageId());
		assertThat(voice.kind()).isEqualTo(SourceKind.MAILBOX_EMAIL);
		assertThat(voice.adviser()).isEqualTo("anne.lambert@wocas-utility.be");
		assertThat(voice.subject()).isEqualTo("Facture annuelle incompréhensible");
		assertThat(voice.text())
			.isEqualTo("#WOCAS sev:2 Plusieurs clients trouvent la facture annuelle incompréhensible.");
		assertThat(voice.sourceCreatedAt()).isEqualTo(ADVISER_FORWARDED);
		assertThat(voice.attachments()).isEmpty();
	}

	@Test
	void alternativeBodyIsReadFromItsPlainTextPart() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().asAlternative());

		assertThat(voice.text()).startsWith("#WOCAS sev:3 Le client ne comprend pas sa facture annuelle.")
			.contains("Je ne comprends pas le montant de ma facture annuelle.")
			.doesNotContain("<p>");
	}

	@Test
	void htmlOnlyBodyIsConvertedToTextKeepingItsLines() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().asHtmlOnly());

		assertThat(voice.text()).startsWith("#WOCAS sev:3 Le client ne comprend pas sa facture annuelle.\n")
			.contains("\nDe : Jean Dupont <jean.dupont@example.org>\nEnvoyé : lundi 3 mars 2025 14:05\n")
			.doesNotContain("<p>", "margin");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
	}

	@Test
	void latin1QuotedPrintableBodyIsDecoded() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().inLatin1QuotedPrintable());

		assertThat(voice.text()).contains("Envoyé : lundi 3 mars 2025", "Objet : Facture annuelle",
				"Service clientèle");
	}

	@Test
	void windows1252Base64BodyIsDecoded() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().inWindows1252Base64());

		assertThat(voice.text()).contains("Envoyé : lundi 3 mars 2025", "Service clientèle");
	}

	@Test
	void encodedSubjectIsDecodedAndLosesItsForwardPrefix() throws Exception {
		CaptureVoice voice = translate(
				MailTestData.aForward().withSubject("TR: Facture annuelle incompréhensible et très élevée"));

		assertThat(voice.subject()).isEqualTo("Facture annuelle incompréhensible et très élevée");
	}

	@Test
	void latin1QEncodedSubjectIsDecoded() throws Exception {
		String raw = new String(MailTestData.aPlainMail().bytes(), StandardCharsets.ISO_8859_1)
			.replaceFirst("Subject: [^\r]*", "Subject: =?ISO-8859-1?Q?TR=3A_Facture_annuelle_incompr=E9hensible?=");

		CaptureVoice voice = this.translator.translate("mail:support", raw.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(voice.subject()).isEqualTo("Facture annuelle incompréhensible");
	}

	@Test
	void outlookFrenchForwardKeepsNoteAndCustomerMailAndDatesFromTheCustomer() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().inFrench());

		assertThat(voice.adviser()).isEqualTo("anne.lambert@wocas-utility.be");
		assertThat(voice.text()).startsWith("#WOCAS sev:3 Le client ne comprend pas sa facture annuelle.")
			.contains("Je ne comprends pas le montant de ma facture annuelle.");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
	}

	@Test
	void outlookDutchForwardKeepsNoteAndCustomerMailAndDatesFromTheCustomer() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().inDutch());

		assertThat(voice.subject()).isEqualTo("Jaarafrekening onbegrijpelijk");
		assertThat(voice.text()).startsWith("#WOCAS sev:3 Klant begrijpt de jaarafrekening niet.")
			.contains("Verzonden: maandag 3 maart 2025 14:05", "Ik begrijp het bedrag van mijn jaarafrekening niet.");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
	}

	@Test
	void outlookEnglishForwardDatesFromTheCustomer() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().inEnglish());

		assertThat(voice.subject()).isEqualTo("Annual statement unclear");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
	}

	@Test
	void gmailForwardDatesFromTheCustomer() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().fromGmail());

		assertThat(voice.subject()).isEqualTo("Facture annuelle incompréhensible");
		assertThat(voice.text()).contains("---------- Forwarded message ---------",
				"Je ne comprends pas le montant de ma facture annuelle.");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
	}

	@Test
	void attachedCustomerMailIsAppendedToTheNoteAndDatesTheVoice() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().asAttachedMessage());

		assertThat(voice.text()).startsWith("#WOCAS sev:3 Le client ne comprend pas sa facture annuelle.")
			.contains("Subject: Facture annuelle", "Je ne comprends pas le montant de ma facture annuelle.");
		assertThat(voice.sourceCreatedAt()).isEqualTo(CUSTOMER_WROTE);
		assertThat(voice.attachments()).isEmpty();
	}

	@Test
	void attachmentsAreListedWithTheirDecodedSizesButNotKept() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward()
			.withAttachment("facture-2025.pdf", "application/pdf", 12_345)
			.withAttachment("compteur.jpg", "image/jpeg", 2_048));

		assertThat(voice.attachments()).containsExactly(new Attachment("facture-2025.pdf", "application/pdf", 12_345),
				new Attachment("compteur.jpg", "image/jpeg", 2_048));
		assertThat(voice.text()).doesNotContain("JVBER").hasSizeLessThan(1_000);
	}

	@Test
	void missingSubjectIsTolerated() throws Exception {
		CaptureVoice voice = translate(MailTestData.aForward().withoutSubject());

		assertThat(voice.subject()).isNull();
		assertThat(voice.text()).startsWith("#WOCAS sev:3");
	}

	@Test
	void missingMessageIdIsReplacedByTheHashOfTheMail() throws Exception {
		MailTestData mail = MailTestData.aForward().withoutMessageId();

		CaptureVoice first = translate(mail);
		CaptureVoice again = this.translator.translate("mail:support", mail.bytes());

		assertThat(first.source().recordId()).startsWith("sha256:").hasSize(71);
		assertThat(again.source()).isEqualTo(first.source());
	}

	@Test
	void longBodyIsCappedAt30000Characters() throws Exception {
		CaptureVoice voice = translate(
				MailTestData.aForward().withCustomerText("La facture est illisible. ".repeat(3_000)));

		assertThat(voice.text()).hasSize(MailToVoice.MAX_TEXT_LENGTH).startsWith("#WOCAS sev:3");
	}

	@Test
	void multipartWithoutItsBoundariesIsMalformed() {
		String raw = """
				From: Anne Lambert <anne.lambert@wocas-utility.be>
				Subject: TR: client
				Message-ID: <broken-1@wocas-utility.be>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="never-there"

				#WOCAS sev:3 note, the customer jean.dupont@example.org wrote
				but the boundary never comes.
				""".replace("\n", "\r\n");

		assertThatExceptionOfType(MalformedMailException.class)
			.isThrownBy(() -> this.translator.translate("mail:support", raw.getBytes(StandardCharsets.US_ASCII)))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("jean.dupont", "#WOCAS", "customer"));
	}

	@Test
	void unknownCharsetIsMalformed() {
		String raw = new String(MailTestData.aPlainMail().bytes(), StandardCharsets.ISO_8859_1).replace("charset=UTF-8",
				"charset=x-no-such-charset");

		assertThatExceptionOfType(MalformedMailException.class)
			.isThrownBy(() -> this.translator.translate("mail:support", raw.getBytes(StandardCharsets.ISO_8859_1)))
			.withMessageContaining("charset");
	}

	@Test
	void unknownTransferEncodingIsMalformed() {
		String raw = new String(MailTestData.aPlainMail().bytes(), StandardCharsets.ISO_8859_1)
			.replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: x-rot13");

		assertThatExceptionOfType(MalformedMailException.class)
			.isThrownBy(() -> this.translator.translate("mail:support", raw.getBytes(StandardCharsets.ISO_8859_1)));
	}

	@Test
	void mailWithoutSenderIsMalformed() {
		String raw = new String(MailTestData.aPlainMail().bytes(), StandardCharsets.ISO_8859_1)
			.replaceFirst("From: [^\r]*\r\n", "");

		assertThatExceptionOfType(MalformedMailException.class)
			.isThrownBy(() -> this.translator.translate("mail:support", raw.getBytes(StandardCharsets.ISO_8859_1)))
			.withMessage("mail has no From address");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoMails")
	void everyDemoMailTranslatesIntoACommand(Path eml) throws Exception {
		CaptureVoice voice = this.translator.translate("mail:demo", Files.readAllBytes(eml));

		assertThat(voice.adviser()).endsWith("@hydrobel.example");
		assertThat(voice.text()).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenMails")
	void everyBrokenSampleIsMalformed(Path eml) {
		assertThatExceptionOfType(MalformedMailException.class)
			.isThrownBy(() -> this.translator.translate("mail:demo", Files.readAllBytes(eml)));
	}

	static Stream<Path> demoMails() throws Exception {
		return samples("/demo/mail");
	}

	static Stream<Path> brokenMails() throws Exception {
		return samples("/mail/broken");
	}

	private static Stream<Path> samples(String folder) throws Exception {
		URL location = MailToVoiceTest.class.getResource(folder);
		if (location == null) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
			return files.filter((file) -> file.toString().endsWith(".eml")).sorted().toList().stream();
		}
	}

	private CaptureVoice translate(MailTestData mail) throws MalformedMailException {
		return this.translator.translate("mail:support", mail.bytes());
	}

}
