package io.wocas.bridge.voice.tagging;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomyMatcherTest {

	private static final double THRESHOLD = 0.35;

	private static TaxonomyMatcher shipped;

	private final TaxonomyMatcher small = new TaxonomyMatcher(TaxonomyLoader.parse("test", """
			reason-codes:
			  - code: BILL-ANNUAL
			    label: {en: Annual statement}
			    terms:
			      fr: ["décompte annuel", "décompte", "facture annuelle"]
			      nl: ["jaarafrekening", "afrekening"]
			      en: ["annual statement", "yearly bill"]
			  - code: REMINDER
			    label: {en: Reminder}
			    terms:
			      fr: ["rappel", "lettre de rappel"]
			      nl: ["herinnering"]
			      en: ["reminder"]
			"""));

	@BeforeAll
	static void loadShippedTaxonomy() {
		shipped = new TaxonomyMatcher(TaxonomyLoader.load(Path.of("connectors/taxonomy.yaml")));
	}

	@Test
	void dutchNoteAboutTheYearlyBillMatchesBillAnnual() {
		List<ReasonMatch> matches = this.small.match("Klant begrijpt zijn jaarafrekeningen niet, te hoog bedrag");

		assertThat(matches).first().satisfies((match) -> {
			assertThat(match.code()).isEqualTo("BILL-ANNUAL");
			assertThat(match.confidence()).isGreaterThanOrEqualTo(THRESHOLD);
		});
	}

	@Test
	void accentsCaseAndPluralsDoNotMatter() {
		double accented = confidence(this.small.match("Le DÉCOMPTE ANNUEL est faux"), "BILL-ANNUAL");
		double plain = confidence(this.small.match("les decomptes annuels sont faux"), "BILL-ANNUAL");

		assertThat(accented).isGreaterThanOrEqualTo(THRESHOLD).isEqualTo(plain);
	}

	@Test
	void elisionsAndStopWordsDoNotMatter() {
		assertThat(this.small.match("reçu une lettre du rappel")).extracting(ReasonMatch::code).contains("REMINDER");
		assertThat(confidence(this.small.match("the customer's annual statements"), "BILL-ANNUAL")).isGreaterThan(0.5);
	}

	@Test
	void singleShortWordIsWeakAndPhrasesAreStrong() {
		double word = confidence(this.small.match("rappel"), "REMINDER");
		double phrase = confidence(this.small.match("lettre de rappel"), "REMINDER");

		assertThat(word).isLessThan(THRESHOLD);
		assertThat(phrase).isGreaterThanOrEqualTo(THRESHOLD).isGreaterThan(word);
	}

	@Test
	void moreDistinctTermsRaiseTheConfidenceWithinOne() {
		double one = confidence(this.small.match("décompte annuel"), "BILL-ANNUAL");
		double more = confidence(this.small.match("décompte annuel, jaarafrekening, yearly bill, décompte annuel"),
				"BILL-ANNUAL");

		assertThat(more).isGreaterThan(one).isLessThanOrEqualTo(1.0);
	}

	@Test
	void codesAreSortedByConfidence() {
		List<ReasonMatch> matches = this.small.match("rappel au sujet du décompte annuel et de la facture annuelle");

		assertThat(matches).extracting(ReasonMatch::code).containsExactly("BILL-ANNUAL", "REMINDER");
		assertThat(matches.get(0).confidence()).isGreaterThan(matches.get(1).confidence());
	}

	@Test
	void unrelatedTextMatchesNothing() {
		assertThat(this.small.match("Le client demande une copie de son contrat")).isEmpty();
		assertThat(this.small.match("")).isEmpty();
		assertThat(this.small.match(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Cliente ne comprend pas son décompte annuel, montant trop élevé selon elle | BILL-ANNUAL
			Klt snapt de jaarafrekening niet, vraagt uitleg over saldo | BILL-ANNUAL
			Customer says the annual statement is impossible to understand | BILL-ANNUAL
			Mr trouve ses factures d'acompte trop élevées, veut diminuer l'acompte | BILL-ADVANCE
			Klant wil zijn voorschotfacturen verlagen, voorschot te hoog na verhuis | BILL-ADVANCE
			Advance invoice amount doubled without explanation | BILL-ADVANCE
			client n'a jamais reçu la carte de relevé, index estimé beaucoup trop haut | METER-READING
			Meterstand doorgegeven via kaart maar toch geschatte meterstand op factuur | METER-READING
			Customer submitted the meter reading online but bill shows an estimated reading | METER-READING
			2e rappel reçu alors que la facture est payée, frais de rappel contestés | REMINDER
			Klant kreeg tweede herinnering met herinneringskosten, snapt niet waarom | REMINDER
			Got a second reminder with a reminder fee, very upset | REMINDER
			Cliente très stressée par la MED reçue en recommandé | FORMAL-NOTICE
			Klant kreeg een ingebrekestelling (IBS) terwijl hij nooit een herinnering kreeg | FORMAL-NOTICE
			Formal notice received although she called last week | FORMAL-NOTICE
			Demande un plan de paiement, ne peut pas payer en une fois | PAYMENT-PLAN
			Klant vraagt afbetalingsplan aan, kan niet alles in één keer betalen | PAYMENT-PLAN
			Wants a payment plan, lost his job | PAYMENT-PLAN
			Domi refusée par la banque, client ne comprend pas pourquoi | DIRECT-DEBIT
			Domiciliëring werd stopgezet zonder verwittiging | DIRECT-DEBIT
			Direct debit was taken twice this month | DIRECT-DEBIT
			Cliente BIM demande si elle a droit au tarif social | SOCIAL-TARIFF
			Klant heeft verhoogde tegemoetkoming, waarom geen sociaal tarief | SOCIAL-TARIFF
			AS du CPAS appelle pour un client en médiation de dettes | CPAS-OCMW
			Maatschappelijk werker van het OCMW belt voor schuldbemiddeling | CPAS-OCMW
			Client injoignable chez nous: impossible de joindre le service, 40 min de temps d'attente | CONTACT-REACH
			Klant vindt nergens ons telefoonnummer, lange wachttijd | CONTACT-REACH
			Customer could not reach anyone, kept on hold for 45 minutes | CONTACT-REACH
			Le courrier est incompréhensible, trop de texte et police trop petite | LETTER-CLARITY
			Brief onduidelijk, te klein lettertype en vakjargon | LETTER-CLARITY
			Pas d'internet, ne sait pas utiliser l'espace client, mot de passe perdu | DIGITAL-ACCESS
			Kan niet inloggen op de klantenzone, wachtwoord vergeten, geen computer | DIGITAL-ACCESS
			Attend toujours le remboursement de la note de crédit depuis 3 mois | REFUND
			Creditnota ontvangen maar nog steeds geen terugbetaling | REFUND
			Fuite après compteur, consommation anormale, demande réduction pour fuite | LEAK-CONSUMPTION
			Hoog verbruik door een lekkend toilet, vraagt tegemoetkoming lek | LEAK-CONSUMPTION
			High consumption because of a hidden leak, plumber invoice available | LEAK-CONSUMPTION
			Déménagement en mars, nouvelle adresse pas prise en compte | MOVE
			Klant is verhuisd, adreswijziging niet verwerkt, facturen naar oud adres | MOVE
			Client choqué par la hausse du prix de l'eau, trouve ça trop cher | PRICE-INCREASE
			Klant klaagt over de prijsstijging, water is veel te duur geworden | PRICE-INCREASE
			Client a déjà payé par virement mais paiement pas pris en compte | PAYMENT-NOT-RECORDED
			Klant heeft al lang betaald, betalingsbewijs doorgestuurd | PAYMENT-NOT-RECORDED
			Dossier transmis à l'huissier, cliente conteste les frais de recouvrement | DEBT-COLLECTION
			Brief van de deurwaarder ontvangen, klant in paniek over incassokosten | DEBT-COLLECTION
			Peur de la coupure d'eau, on parle d'un limiteur de débit | SUPPLY-RESTRICTION
			Klant vreest afsluiting, debietbegrenzer geplaatst | SUPPLY-RESTRICTION
			""")
	void realisticAdviserNoteGetsTheExpectedCode(String note, String expected) {
		List<ReasonMatch> matches = shipped.match(note);

		assertThat(matches).as("matches for %s", note).isNotEmpty();
		assertThat(matches.get(0).code()).as("best code for %s (all: %s)", note, matches).isEqualTo(expected);
		assertThat(matches.get(0).confidence()).as("confidence for %s", note).isGreaterThanOrEqualTo(THRESHOLD);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Client rappelé, pas de suite
			Bonjour, merci pour votre aide
			Klant belt voor een kopie van zijn contract
			Customer asked for a copy of the contract
			""")
	void ordinaryNotesAreNotVoicesByTaxonomy(String note) {
		List<ReasonMatch> matches = shipped.match(note);

		assertThat(matches).allSatisfy((match) -> assertThat(match.confidence()).isLessThan(THRESHOLD));
	}

	private static double confidence(List<ReasonMatch> matches, String code) {
		return matches.stream()
			.filter((match) -> match.code().equals(code))
			.mapToDouble(ReasonMatch::confidence)
			.findFirst()
			.orElse(0.0);
	}

}
