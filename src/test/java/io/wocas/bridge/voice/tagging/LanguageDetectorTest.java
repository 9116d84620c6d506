package io.wocas.bridge.voice.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.voice.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short, noisy adviser texts as they come from the CRM and forwarded mail: typos,
 * shorthand, greetings, signatures, headers, numbers. The accuracy per language is
 * printed and must stay at or above 90%.
 */
class LanguageDetectorTest {

	private static final double MIN_ACCURACY = 0.90;

	private final LanguageDetector detector = new LanguageDetector();

	static final String FRENCH = """
			Client ne comprend pas son décompte annuel
			cliente mécontente, trop de rappels alors quelle a payé
			Mme appelle pr la 3e fois, tjs pas de réponse
			bjr, le client demande un plan de paiement svp
			Mr dit que le montant de l acompte est trop élevé
			la domiciliation a été refusée par la banque
			Le client a déménagé et reçoit encore les factures à l'ancienne adresse
			cliente en pleurs, ne sait plus quoi faire avec la mise en demeure
			il veut parler à un responsable
			Pas reçu la carte de relevé de compteur cette année
			demande si le tarif social s'applique à son cas
			Le CPAS nous contacte pour une famille en difficulté
			fuite après compteur, consommation énorme, demande une réduction
			client trouve que le prix de l'eau a beaucoup augmenté
			impossible de joindre le service, il a attendu 40 min
			la lettre est incompréhensible, trop de texte
			Elle n'a pas internet et ne peut pas utiliser l'espace client
			attend le remboursement depuis 3 mois
			le paiement n'a pas été pris en compte malgré le virement
			huissier à la porte, client paniqué
			Bonjour, suite à notre conversation je vous transmets la demande du client. Cordialement, Sophie
			cdlt, Marc - service clientèle
			client pas content du tout, menace d'aller chez l'ombudsman
			Madame souhaite recevoir ses factures par courrier et non par mail
			on lui a dit qu'il serait rappelé mais personne ne l'a fait
			Il ne comprend pas pourquoi il doit payer deux fois
			la facture de régularisation est beaucoup plus haute que d'habitude
			elle demande a etaler le paiement sur 10 mois
			Le releveur n'est jamais passé
			le compteur est dans la cave et il n'arrive pas à lire l'index
			j'ai expliqué le calcul mais il n'est pas d'accord
			client agressif au téléphone, a raccroché
			le montant est trop élevé par rapport à l'an dernier
			Peut-on envoyer un courrier plus simple aux personnes âgées ?
			la cliente est malvoyante, les lettres sont écrites trop petit
			il a reçu une facture pour un logement qu'il a quitté
			Monsieur voudrait savoir quand il sera remboursé
			demande de délai de paiement, il est au chômage
			Le fils appelle pour sa mère qui est à l'hôpital
			elle ne trouve pas le numéro de téléphone sur la lettre
			Merci de bien vouloir vérifier le dossier, bonne journée
			tjrs le même pb avec la domi, ça fait 3 mois
			cli pas d'accord avec l'estimation de consommation
			je lui ai conseillé de contacter le CPAS de sa commune
			la facture d'acompte a doublé sans explication
			elle dit que c'est du vol
			le client voudrait un rdv au guichet
			Facture reçue 2 fois, il ne sait pas laquelle payer
			Envoyé de mon iPhone. Bonjour, je n'ai toujours pas reçu mon remboursement.
			Il faudrait prévenir les clients avant la hausse des prix
			Le client a payé avec une mauvaise communication structurée
			la lettre de rappel est arrivée après le paiement
			madame est très âgée et ne comprend rien aux courriers
			client veut résilier, il vend sa maison
			personne ne répond au numéro indiqué sur la facture
			suite au décès de son mari elle doit changer le nom sur le contrat
			on devrait simplifier le décompte, tout le monde appelle pour ça
			il a perdu son mot de passe et n'arrive pas à se connecter
			la cliente voudrait payer en plusieurs fois
			Réclamation: frais de rappel injustifiés
			il n'a jamais reçu de facture depuis son emménagement
			le client est sous administration de biens
			beaucoup d'appels aujourd'hui sur les nouvelles factures
			Client demande pourquoi il paie une redevance fixe sans consommer
			""";

	static final String DUTCH = """
			Klant begrijpt zijn jaarafrekening niet
			klant kreeg een herinnering terwijl ze al betaald had
			mevr belt voor de 3de keer, nog steeds geen antwoord
			dag, klant vraagt een afbetalingsplan aub
			Dhr vindt het voorschot veel te hoog
			de domiciliëring werd geweigerd door de bank
			Klant is verhuisd en krijgt nog altijd facturen op het oude adres
			klant in tranen, weet niet wat te doen met de ingebrekestelling
			hij wil een verantwoordelijke spreken
			Geen meterkaart ontvangen dit jaar
			vraagt of het sociaal tarief voor haar geldt
			Het OCMW belt voor een gezin in moeilijkheden
			lek na de meter, enorm verbruik, vraagt een vermindering
			klant vindt dat de waterprijs sterk gestegen is
			kon de klantendienst niet bereiken, 40 min gewacht
			de brief is onduidelijk, veel te veel tekst
			Ze heeft geen internet en kan de klantenzone niet gebruiken
			wacht al 3 maanden op de terugbetaling
			de betaling is niet verwerkt ondanks de overschrijving
			deurwaarder aan de deur, klant in paniek
			Goedemorgen, zoals besproken stuur ik u de vraag van de klant door. Met vriendelijke groeten, Els
			mvg, Tom - klantendienst
			klant helemaal niet tevreden, dreigt naar de ombudsman te stappen
			Mevrouw wil haar facturen per post ontvangen en niet per mail
			er werd gezegd dat hij zou teruggebeld worden maar niemand heeft gebeld
			Hij snapt niet waarom hij twee keer moet betalen
			de eindafrekening is veel hoger dan anders
			ze vraagt om de betaling te spreiden over 10 maanden
			De meteropnemer is nooit langsgekomen
			de meter zit in de kelder en hij kan de stand niet lezen
			ik heb de berekening uitgelegd maar hij is het er niet mee eens
			klant agressief aan de telefoon, heeft ingehaakt
			het bedrag is te hoog in vergelijking met vorig jaar
			Kunnen we geen eenvoudigere brief sturen naar oudere mensen?
			de klant is slechtziend, de letters zijn veel te klein
			hij kreeg een factuur voor een woning die hij verlaten heeft
			Meneer wil weten wanneer hij terugbetaald wordt
			vraagt uitstel van betaling, hij is werkloos
			De zoon belt voor zijn moeder die in het ziekenhuis ligt
			ze vindt het telefoonnummer niet op de brief
			Gelieve het dossier na te kijken, fijne dag nog
			altijd hetzelfde probleem met de domi, al 3 maanden
			klt niet akkoord met de schatting van het verbruik
			ik heb hem aangeraden het OCMW van zijn gemeente te contacteren
			de voorschotfactuur is verdubbeld zonder uitleg
			ze zegt dat het diefstal is
			de klant wil een afspraak aan het loket
			Factuur 2 keer ontvangen, weet niet welke te betalen
			Verzonden vanaf mijn iPhone. Goeiedag, ik heb mijn terugbetaling nog steeds niet ontvangen.
			Men zou de klanten moeten verwittigen voor de prijsverhoging
			De klant heeft betaald met een verkeerde gestructureerde mededeling
			de herinnering kwam toe na de betaling
			mevrouw is hoogbejaard en begrijpt niks van de brieven
			klant wil opzeggen, hij verkoopt zijn huis
			niemand neemt op op het nummer van de factuur
			na het overlijden van haar man moet de naam op het contract veranderen
			we zouden de afrekening moeten vereenvoudigen, iedereen belt daarvoor
			hij is zijn wachtwoord kwijt en kan niet inloggen
			de klant wil in schijven betalen
			Klacht: onterechte aanmaningskosten
			hij heeft nooit een factuur gekregen sinds hij hier woont
			de klant staat onder bewindvoering
			veel oproepen vandaag over de nieuwe facturen
			Klant vraagt waarom hij een vaste vergoeding betaalt zonder verbruik
			""";

	static final String ENGLISH = """
			Customer does not understand the annual statement
			customer got a reminder although she already paid
			lady calling for the 3rd time, still no answer
			hi, customer asks for a payment plan pls
			Mr thinks the advance invoice is way too high
			the direct debit was refused by the bank
			Customer moved and still receives bills at the old address
			customer crying, does not know what to do with the formal notice
			he wants to speak to a manager
			Did not receive the meter reading card this year
			asks whether the social tariff applies to her
			The social welfare centre calls about a family in trouble
			leak after the meter, huge consumption, asks for a reduction
			customer feels the water price went up a lot
			could not reach customer service, waited 40 min
			the letter is unclear, far too much text
			She has no internet and cannot use the online portal
			has been waiting 3 months for the refund
			payment not processed even though the transfer was made
			bailiff at the door, customer panicking
			Good morning, as discussed I am forwarding the customer's request. Kind regards, Emma
			thx, Tom - customer service
			customer not happy at all, threatens to go to the ombudsman
			The lady wants her bills by post and not by email
			he was told someone would call him back but nobody did
			He doesn't understand why he has to pay twice
			the final bill is much higher than usual
			she asks to spread the payment over 10 months
			The meter reader never came by
			the meter is in the basement and he can't read it
			I explained the calculation but he doesn't agree
			customer aggressive on the phone, hung up
			the amount is too high compared to last year
			Could we send a simpler letter to elderly people?
			the customer is visually impaired, the font is far too small
			he got a bill for a house he left months ago
			The gentleman wants to know when he will be refunded
			asks for more time to pay, he lost his job
			The son is calling for his mother who is in hospital
			she can't find the phone number on the letter
			Please check the file, have a nice day
			always the same problem with the direct debit, 3 months now
			cust doesn't agree with the estimated consumption
			I advised him to contact the welfare office of his town
			the advance invoice doubled without any explanation
			she says it's theft
			the customer would like an appointment at the desk
			Bill received twice, doesn't know which one to pay
			Sent from my iPhone. Hello, I still haven't received my refund.
			Customers should be warned before the price increase
			The customer paid with the wrong structured reference
			the reminder arrived after the payment
			the lady is very old and understands nothing of the letters
			customer wants to cancel, he is selling his house
			nobody picks up at the number on the invoice
			after her husband passed away she needs to change the name on the contract
			we should simplify the statement, everybody calls about it
			he lost his password and can't log in
			the customer wants to pay in instalments
			Complaint: unjustified reminder fees
			he never got a bill since he moved in
			customer is under legal guardianship
			lots of calls today about the new bills
			Customer asks why he pays a fixed charge without any usage
			""";

	static final String OTHER = """
			Der Kunde versteht die Jahresabrechnung nicht, bitte um Rückruf
			El cliente no entiende la factura y quiere hablar con alguien
			Il cliente non capisce la bolletta e chiede un piano di pagamento
			0470 12 34 56
			https://www.example.be/klantenzone
			??? !!!
			ok
			FAC-2026-001234 / 12.03.2026 / 125,40 EUR
			""";

	@Test
	void frenchTextsAreDetected() {
		assertThat(accuracy(FRENCH, Language.FR)).isGreaterThanOrEqualTo(MIN_ACCURACY);
	}

	@Test
	void dutchTextsAreDetected() {
		assertThat(accuracy(DUTCH, Language.NL)).isGreaterThanOrEqualTo(MIN_ACCURACY);
	}

	@Test
	void englishTextsAreDetected() {
		assertThat(accuracy(ENGLISH, Language.EN)).isGreaterThanOrEqualTo(MIN_ACCURACY);
	}

	@Test
	void otherLanguagesAndTextsWithoutWordsAreOther() {
		assertThat(accuracy(OTHER, Language.OTHER)).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void eachSampleHoldsAtLeastSixtyTexts() {
		assertThat(lines(FRENCH)).hasSizeGreaterThanOrEqualTo(60);
		assertThat(lines(DUTCH)).hasSizeGreaterThanOrEqualTo(60);
		assertThat(lines(ENGLISH)).hasSizeGreaterThanOrEqualTo(60);
	}

	@Test
	void mailHeadersAndUrlsDoNotDecideTheLanguage() {
		String forwarded = """
				From: Jan Peeters <jan.peeters@telenet.be>
				Sent: Monday 12 March 2026 10:14
				To: klantendienst@example.be
				Subject: RE: your invoice
				Envoyé: lundi
				Goedendag, ik begrijp mijn factuur niet. Zie https://www.example.be/the-faq-for-the-customers
				""";

		assertThat(this.detector.detect(forwarded)).isEqualTo(Language.NL);
	}

	@Test
	void markerPartsAndNumbersAreIgnored() {
		assertThat(this.detector.detect("#WOCAS sev:3 freq:weekly reason:BILL-ANNUAL 12/03/2026 klant snapt het niet"))
			.isEqualTo(Language.NL);
	}

	@Test
	void emptyTextIsOther() {
		assertThat(this.detector.detect("")).isEqualTo(Language.OTHER);
		assertThat(this.detector.detect(null)).isEqualTo(Language.OTHER);
	}

	private double accuracy(String sample, Language expected) {
		List<String> texts = lines(sample);
		List<String> misses = new ArrayList<>();
		for (String text : texts) {
			Language detected = this.detector.detect(text);
			if (detected != expected) {
				Map<Language, Double> evidence = this.detector.evidence(text);
				misses.add(detected + " " + evidence + " <- " + text);
			}
		}
		double accuracy = (double) (texts.size() - misses.size()) / texts.size();
		System.out.printf("language %s: %d/%d = %.1f%%%n", expected, texts.size() - misses.size(), texts.size(),
				accuracy * 100);
		misses.forEach((miss) -> System.out.println("  miss: " + miss));
		return accuracy;
	}

	private static List<String> lines(String sample) {
		return sample.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
