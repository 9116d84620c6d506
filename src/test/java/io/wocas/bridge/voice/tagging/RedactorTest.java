package io.wocas.bridge.voice.tagging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

	private final Redactor redactor = new Redactor();

	@ParameterizedTest
	@ValueSource(strings = { "jan.peeters@telenet.be", "marie-claire.dupont+factures@gmail.com",
			"J.Janssens@proximus.be", "service.client@eau-wallonne.example.com" })
	void emailAddressesAreRedacted(String email) {
		assertThat(this.redactor.redact("Mail de " + email + " reçu")).isEqualTo("Mail de [email] reçu");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0470 12 34 56", "0470/12.34.56", "0470123456", "0470-12-34-56", "0470 123 456",
			"02 123 45 67", "02/123.45.67", "09 223 45 67", "010 45 67 89", "(02) 123 45 67", "+32 470 12 34 56",
			"+32470123456", "+32 (0)470 12 34 56", "0032 470 12 34 56", "0032470123456", "+32 2 123 45 67",
			"+33 6 12 34 56 78", "+31 6 12345678", "+44 20 7946 0958", "+352 621 123 456", "0612345678" })
	void phoneNumbersAreRedacted(String phone) {
		assertThat(this.redactor.redact("Klant bereikbaar op " + phone + " na 17u"))
			.isEqualTo("Klant bereikbaar op [phone] na 17u");
	}

	@Test
	void phoneAtTheEndOfASentenceKeepsThePunctuation() {
		assertThat(this.redactor.redact("Rappeler au 0470 12 34 56.")).isEqualTo("Rappeler au [phone].");
		assertThat(this.redactor.redact("tel: 0470/12.34.56, gsm +32 478 99 88 77"))
			.isEqualTo("tel: [phone], gsm [phone]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "BE68 5390 0754 7034", "BE68539007547034", "be68539007547034", "BE71 0961 2345 6769",
			"NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "FR14 2004 1010 0505 0001 3M02 606",
			"DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "LU28 0019 4006 4475 0000" })
	void ibansOfAnyCountryAreRedacted(String iban) {
		assertThat(this.redactor.redact("Rekening " + iban + " graag")).isEqualTo("Rekening [iban] graag");
	}

	@Test
	void ibanInsideSentenceIsRedacted() {
		assertThat(this.redactor.redact("Graag terugstorten op BE68 5390 0754 7034, bedankt."))
			.isEqualTo("Graag terugstorten op [iban], bedankt.");
		assertThat(this.redactor.redact("IBAN:BE68539007547034 (titulaire M. Dupont)"))
			.isEqualTo("IBAN:[iban] (titulaire M. Dupont)");
	}

	@Test
	void belgianIbanWithATypoIsStillRedacted() {
		assertThat(this.redactor.redact("compte BE68 5390 0754 7035 svp")).isEqualTo("compte [iban] svp");
	}

	@Test
	void ibanIsRedactedBeforeItsDigitsCanLookLikeAPhone() {
		assertThat(this.redactor.redact("BE71 0961 2345 6769 / 0470 12 34 56")).isEqualTo("[iban] / [phone]");
	}

	@Test
	void oldBelgianAccountNumberIsRedacted() {
		assertThat(this.redactor.redact("ancien compte 539-0075470-34 clôturé"))
			.isEqualTo("ancien compte [iban] clôturé");
	}

	@ParameterizedTest
	@ValueSource(strings = { "85.07.30-033.28", "85073003328", "85.07.30-033.61", "85073003361", "05.03.12-123.60",
			"05031212360", "92.01.15-456.63", "920115 456 63", "850730-033.28" })
	void nationalRegisterNumbersAreRedacted(String number) {
		assertThat(this.redactor.redact("RRN " + number + " vérifié")).isEqualTo("RRN [national-id] vérifié");
	}

	@Test
	void elevenDigitsThatCannotBeABirthDateAndFailTheChecksumSurvive() {
		assertThat(this.redactor.redact("ref 12345678901")).isEqualTo("ref 12345678901");
	}

	@ParameterizedTest
	@ValueSource(strings = { "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555 5555 5555 4444",
			"3782 822463 10005", "5413 3300 8902 0011" })
	void luhnValidCardNumbersAreRedacted(String card) {
		assertThat(this.redactor.redact("Carte " + card + " refusée")).isEqualTo("Carte [card] refusée");
	}

	@Test
	void cardNumberFailingLuhnIsNotTakenForACard() {
		assertThat(this.redactor.redact("numéro 4111 1111 1111 1112")).doesNotContain("[card]");
	}

	@Test
	void datesAndAmountsSurviveRedaction() {
		String text = "Facture du 12/03/2026 (échéance 01/04/2026 10:30), montant € 1.234,56 ou 1 234,56 EUR, "
				+ "relevé le 05.03.2026, payé le 2026-03-12, acompte de 45,00 € par mois, 0,50 €/m³.";

		assertThat(this.redactor.redact(text)).isEqualTo(text);
	}

	@Test
	void referencesAndShortNumbersSurviveRedaction() {
		String text = "Client 12345678, contrat 0012345, compteur n° 04512345, meter nr 0123456789, "
				+ "factuur FAC-2026-001234, mededeling +++090/9337/55493+++, BTW BE 0123.456.789, BE0123456789, "
				+ "index 004512 m³, dossier 2026/000123, postcode 1000 Bruxelles, 3 x 25,00 EUR.";

		assertThat(this.redactor.redact(text)).isEqualTo(text);
	}

	@Test
	void mixedNoteIsFullyRedacted() {
		String note = """
				Van: Jan Peeters <jan.peeters@telenet.be>
				Klant (RRN 85.07.30-033.28) belde vanaf 0470/12.34.56 ivm factuur FAC-2026-001234 van € 312,40.
				Terugbetaling op BE68 5390 0754 7034 gevraagd, kaart 4111 1111 1111 1111 niet gebruiken.
				Contact zoon in Frankrijk: +33 6 12 34 56 78.""";

		assertThat(this.redactor.redact(note)).isEqualTo("""
				Van: Jan Peeters <[email]>
				Klant (RRN [national-id]) belde vanaf [phone] ivm factuur FAC-2026-001234 van € 312,40.
				Terugbetaling op [iban] gevraagd, kaart [card] niet gebruiken.
				Contact zoon in Frankrijk: [phone].""");
	}

	@Test
	void emptyAndNullTextsAreReturnedAsIs() {
		assertThat(this.redactor.redact(null)).isNull();
		assertThat(this.redactor.redact("")).isEmpty();
		assertThat(this.redactor.redact("Rien à masquer")).isEqualTo("Rien à masquer");
	}

}
