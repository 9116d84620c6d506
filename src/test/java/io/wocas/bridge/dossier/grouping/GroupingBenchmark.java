package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.tagging.TaggingSettings;
import io.wocas.bridge.voice.tagging.Taxonomy;
import io.wocas.bridge.voice.tagging.TaxonomyLoader;
import org.junit.jupiter.api.Test;

/**
 * How long grouping one new voice takes at 10,000 and at 1,000,000 stored voices, and the
 * heap it needs. Not a test (the name matches neither {@code *Test} nor {@code *IT}, so
 * the normal build skips it); run it with
 * {@code ./mvnw -o test -Dtest=GroupingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * Synthetic voices: about one underlying problem per 50 voices, each problem a few
 * concepts of the synonyms file and a reason code of the taxonomy; a voice writes two or
 * three of its problem's concepts with phrases of the synonyms file, in French, Dutch or
 * English, among filler words, sometimes a greeting, a name or a typo. The bulk is
 * extracted in parallel with its known language and reason code (no detector, for speed)
 * and grouped one by one through the same {@link Grouper} and {@link GroupingIndex}; each
 * measured voice goes through the whole path: tagger (language detector and taxonomy),
 * feature extraction, decision and index update.
 */
class GroupingBenchmark {

	private static final int FIRST_SIZE = 10_000;

	private static final int SECOND_SIZE = 1_000_000;

	private static final int MEASURED = 2_000;

	private static final int VOICES_PER_PROBLEM = 50;

	private static final int BATCH = 20_000;

	private static final Map<Language, String[]> FILLER = Map.of(Language.FR,
			words("client cliente monsieur madame appelle depuis encore toujours problème vraiment semaine hier "
					+ "aujourd'hui demande veut comprend dit explique courrier message compte dossier situation "
					+ "mois jours plusieurs personnes beaucoup très trop merci bonjour svp urgent inquiet fâché "
					+ "voisin famille maison appartement rue numéro contrat service agent conseiller"),
			Language.NL,
			words("klant mevrouw meneer belt sinds nog steeds probleem echt week gisteren vandaag vraagt wil "
					+ "begrijpt zegt legt brief bericht rekening dossier situatie maand dagen meerdere mensen veel "
					+ "heel te bedankt goeiedag aub dringend ongerust boos buren familie huis appartement straat "
					+ "nummer contract dienst medewerker adviseur"),
			Language.EN,
			words("customer lady gentleman calls since still problem really week yesterday today asks wants "
					+ "understands says explains letter message account file situation month days several people "
					+ "many very too thanks hello please urgent worried angry neighbour family house flat street "
					+ "number contract service agent adviser"));

	private static final String[] GREETINGS = { "Bonjour,", "Beste,", "Hello,", "Madame, Monsieur,", "Geachte," };

	private static final String[] CLOSINGS = { "Cordialement,\nJ. Dupont", "Met vriendelijke groeten,\nAn Peeters",
			"Kind regards,\nSam", "Envoyé de mon iPhone", "Mvg" };

	private final Random random = new Random(20260414);

	private List<String> concepts;

	private Map<String, List<String>> phrases;

	private List<String> reasonCodes;

	private int[][] problemConcepts = new int[0][];

	private int[] problemReason = new int[0];

	@Test
	void groupOneVoiceAt10kAnd1mStoredVoices() {
		GroupingSettings settings = GroupingSettings.defaults();
		FeatureExtractor extractor = FeatureExtractor.create(settings, TaggingSettings.defaults());
		Synonyms synonyms = SynonymsLoader.load(settings.synonymsFile());
		Taxonomy taxonomy = TaxonomyLoader.load(TaggingSettings.defaults().taxonomyFile());
		this.concepts = new ArrayList<>(synonyms.concepts().keySet());
		this.phrases = synonyms.concepts();
		this.reasonCodes = taxonomy.reasonCodes().stream().map(Taxonomy.ReasonCode::code).toList();
		Grouper grouper = new Grouper(new GroupingIndex(settings), settings);
		AtomicLong dossierIds = new AtomicLong();
		long[] stored = { 0 };

		long start = System.nanoTime();
		bulk(extractor, grouper, dossierIds, stored, FIRST_SIZE);
		double bulkFirst = (System.nanoTime() - start) / 1e9;
		Figures first = measure(extractor, grouper, dossierIds, stored);

		start = System.nanoTime();
		bulk(extractor, grouper, dossierIds, stored, SECOND_SIZE);
		double bulkSecond = (System.nanoTime() - start) / 1e9;
		Figures second = measure(extractor, grouper, dossierIds, stored);

		System.out.println();
		System.out.println("Grouping benchmark (" + MEASURED + " measured voices per size, "
				+ Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
		System.out.println(
				"| stored voices | dossiers | problems | mean µs/voice | p50 µs | p99 µs | of which decide (mean µs) | heap after GC MB | bulk load s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.println(first.row(bulkFirst));
		System.out.println(second.row(bulkSecond));
		System.out.printf(Locale.ROOT, "ratio mean 1M/10k = %.2f, p99 1M/10k = %.2f (target <= 2)%n",
				second.mean / first.mean, second.p99 / first.p99);
	}

	private void bulk(FeatureExtractor extractor, Grouper grouper, AtomicLong dossierIds, long[] stored, int target) {
		while (stored[0] < target) {
			int size = (int) Math.min(BATCH, target - stored[0]);
			long firstId = stored[0] + 1;
			Synthetic[] voices = new Synthetic[size];
			for (int i = 0; i < size; i++) {
				voices[i] = next(firstId + i);
			}
			VoiceFeatures[] features = new VoiceFeatures[size];
			IntStream.range(0, size)
				.parallel()
				.forEach((i) -> features[i] = extractor.extract(voices[i].id, null, voices[i].text, voices[i].language,
						List.of(voices[i].reasonCode)));
			for (VoiceFeatures voice : features) {
				grouper.group(voice, dossierIds::incrementAndGet);
			}
			stored[0] += size;
			if (stored[0] / 100_000 != (stored[0] - size) / 100_000) {
				System.out.printf(Locale.ROOT, "... %,d voices grouped, %,d dossiers%n", stored[0],
						grouper.index().size());
			}
		}
	}

	private Figures measure(FeatureExtractor extractor, Grouper grouper, AtomicLong dossierIds, long[] stored) {
		for (int i = 0; i < 200; i++) {
			Synthetic warm = next(-1 - i);
			grouper.decide(extractor.extract(warm.id, null, warm.text));
		}
		long[] totals = new long[MEASURED];
		long decideNanos = 0;
		for (int i = 0; i < MEASURED; i++) {
			Synthetic voice = next(++stored[0]);
			long start = System.nanoTime();
			VoiceFeatures features = extractor.extract(voice.id, null, voice.text);
			long extracted = System.nanoTime();
			grouper.group(features, dossierIds::incrementAndGet);
			long end = System.nanoTime();
			totals[i] = end - start;
			decideNanos += end - extracted;
		}
		Arrays.sort(totals);
		double mean = Arrays.stream(totals).average().orElse(0) / 1000.0;
		return new Figures(stored[0] - MEASURED, grouper.index().size(), this.problemReason.length, mean,
				totals[MEASURED / 2] / 1000.0, totals[(int) (MEASURED * 0.99)] / 1000.0,
				decideNanos / 1000.0 / MEASURED, heapAfterGc());
	}

	private Synthetic next(long id) {
		int problems = (int) Math.max(1, Math.abs(id) / VOICES_PER_PROBLEM);
		ensureProblems(problems);
		int problem = this.random.nextInt(problems);
		double pick = this.random.nextDouble();
		Language language = (pick < 0.4) ? Language.FR : (pick < 0.8) ? Language.NL : Language.EN;
		String[] filler = FILLER.get(language);
		List<String> parts = new ArrayList<>();
		int[] own = this.problemConcepts[problem];
		int mentioned = 2 + this.random.nextInt(2);
		for (int i = 0; i < mentioned; i++) {
			List<String> options = this.phrases.get(this.concepts.get(own[this.random.nextInt(own.length)]));
			parts.add(options.get(this.random.nextInt(options.size())));
		}
		int noise = 4 + this.random.nextInt(8);
		for (int i = 0; i < noise; i++) {
			parts.add(filler[this.random.nextInt(filler.length)]);
		}
		if (this.random.nextInt(5) == 0) {
			parts.add(pseudoWord());
		}
		java.util.Collections.shuffle(parts, this.random);
		String text = String.join(" ", parts);
		if (this.random.nextInt(3) == 0) {
			text = GREETINGS[this.random.nextInt(GREETINGS.length)] + "\n" + text + "\n"
					+ CLOSINGS[this.random.nextInt(CLOSINGS.length)];
		}
		return new Synthetic(id, language, text, this.reasonCodes.get(this.problemReason[problem]));
	}

	private void ensureProblems(int problems) {
		int known = this.problemReason.length;
		if (problems <= known) {
			return;
		}
		this.problemConcepts = Arrays.copyOf(this.problemConcepts, problems);
		this.problemReason = Arrays.copyOf(this.problemReason, problems);
		for (int p = known; p < problems; p++) {
			int[] own = new int[3 + this.random.nextInt(2)];
			for (int i = 0; i < own.length; i++) {
				own[i] = this.random.nextInt(this.concepts.size());
			}
			this.problemConcepts[p] = own;
			this.problemReason[p] = this.random.nextInt(this.reasonCodes.size());
		}
	}

	private String pseudoWord() {
		char[] letters = new char[5 + this.random.nextInt(4)];
		for (int i = 0; i < letters.length; i++) {
			letters[i] = (char) ('a' + this.random.nextInt(26));
		}
		return new String(letters);
	}

	private static long heapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	private static String[] words(String list) {
		return list.split("\\s+");
	}

	private record Synthetic(long id, Language language, String text, String reasonCode) {
	}

	private record Figures(long stored, int dossiers, int problems, double mean, double p50, double p99,
			double decideMean, long heapMb) {

		String row(double bulkSeconds) {
			return String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %,d | %.0f |",
					this.stored, this.dossiers, this.problems, this.mean, this.p50, this.p99, this.decideMean,
					this.heapMb, bulkSeconds);
		}

	}

}
