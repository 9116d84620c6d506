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
 * How long grouping one new voice takes at 10,000 and at 1,000,000 stored voices, with a
 * realistic number of dossiers, and the heap it needs. Not a test (the name matches
 * neither {@code *Test} nor {@code *IT}, so the normal build skips it); run it with
 * {@code ./mvnw -o test -Dtest=GroupingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * Synthetic voices: one underlying problem per 50 voices (about 200 problems at 10,000
 * voices, 20,000 at 1,000,000). A problem is a few shared domain concepts of the synonyms
 * file and a reason code of the taxonomy, like real problems, plus its own rare
 * vocabulary (eight made-up product, street or letter codes) that keeps it apart from the
 * thousands of other problems built from the same hundred concepts. A voice writes one or
 * two of its problem's concepts with phrases of the synonyms file and five or six of its
 * codes, in French, Dutch or English, among filler words, sometimes a greeting, a name or
 * a typo; 30 % of the bulk voices carry the problem's reason code. This yields roughly
 * one dossier per 50 voices (about 20,000 at 1,000,000 voices), so posting lists are full
 * and candidate sets as large as they get. The bulk is extracted in parallel with its
 * known language and reason code (no detector, for speed) and grouped one by one through
 * the same {@link Grouper} and {@link GroupingIndex} API; each measured voice goes
 * through the whole path: tagger (language detector and taxonomy), feature extraction,
 * decision and index update.
 * <p>
 * Warm-up: before the first measurement, {@value #WARM_UP} voices go through the whole
 * path on a scratch index of the same kind, so that the 10,000 figure is not a
 * measurement of the JIT compiler.
 */
class GroupingBenchmark {

	private static final int FIRST_SIZE = 10_000;

	private static final int SECOND_SIZE = Integer.getInteger("bench.size", 1_000_000);

	private static final int MEASURED = 2_000;

	private static final int WARM_UP = 5_000;

	private static final double TARGET_RATIO = 2.0;

	private static final int CODES_PER_PROBLEM = Integer.getInteger("bench.codes", 8);

	private static final int CODES_PER_VOICE = Integer.getInteger("bench.voiceCodes", 5);

	private static final int CONCEPTS_PER_VOICE = Integer.getInteger("bench.voiceConcepts", 1);

	private static final double REASON_SHARE = Double.parseDouble(System.getProperty("bench.reason", "0.3"));

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

	private String[][] problemCodes = new String[0][];

	private final Random codes = new Random(77);

	@Test
	void groupOneVoiceAt10kAnd1mStoredVoices() {
		GroupingSettings settings = GroupingSettings.defaults();
		FeatureExtractor extractor = FeatureExtractor.create(settings, TaggingSettings.defaults());
		Synonyms synonyms = SynonymsLoader.load(settings.synonymsFile());
		Taxonomy taxonomy = TaxonomyLoader.load(TaggingSettings.defaults().taxonomyFile());
		this.concepts = new ArrayList<>(synonyms.concepts().keySet());
		this.phrases = synonyms.concepts();
		this.reasonCodes = taxonomy.reasonCodes().stream().map(Taxonomy.ReasonCode::code).toList();
		warmUp(extractor, settings);
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

		double meanRatio = second.mean / first.mean;
		double p50Ratio = second.p50 / first.p50;
		double p99Ratio = second.p99 / first.p99;
		System.out.println();
		System.out.println("Grouping benchmark (" + MEASURED + " measured voices per size after " + WARM_UP
				+ " warm-up voices, " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version")
				+ ")");
		System.out.println("| stored voices | dossiers | synthetic problems | mean µs/voice | p50 µs | p99 µs "
				+ "| decide + update mean µs | decide + update p99 µs | heap after GC MB | bulk load s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.println(first.row(bulkFirst));
		System.out.println(second.row(bulkSecond));
		System.out.printf(Locale.ROOT,
				"ratio 1M/10k: mean %.2f, p50 %.2f, p99 %.2f; decide + update mean %.2f (target: mean <= %.1f)%n",
				meanRatio, p50Ratio, p99Ratio, second.decideMean / first.decideMean, TARGET_RATIO);
		System.out.println((meanRatio <= TARGET_RATIO && p50Ratio <= TARGET_RATIO) ? "PASS" : "FAIL");
	}

	/**
	 * Runs the whole path (tagging, extraction, decision, index update) on a scratch
	 * index so that the code is compiled before anything is measured.
	 */
	private void warmUp(FeatureExtractor extractor, GroupingSettings settings) {
		Grouper scratch = new Grouper(new GroupingIndex(settings), settings);
		AtomicLong ids = new AtomicLong(1_000_000_000L);
		for (int i = 0; i < WARM_UP; i++) {
			Synthetic voice = next(-1 - i);
			scratch.group(extractor.extract(voice.id, null, voice.text), ids::incrementAndGet);
		}
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
						(voices[i].reasonCode == null) ? List.of() : List.of(voices[i].reasonCode)));
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
		long[] totals = new long[MEASURED];
		long[] decides = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			Synthetic voice = next(++stored[0]);
			long start = System.nanoTime();
			VoiceFeatures features = extractor.extract(voice.id, null, voice.text);
			long extracted = System.nanoTime();
			grouper.group(features, dossierIds::incrementAndGet);
			long end = System.nanoTime();
			totals[i] = end - start;
			decides[i] = end - extracted;
		}
		Arrays.sort(totals);
		Arrays.sort(decides);
		return new Figures(stored[0] - MEASURED, grouper.index().size(), this.problemReason.length,
				Arrays.stream(totals).average().orElse(0) / 1000.0, totals[MEASURED / 2] / 1000.0,
				totals[(int) (MEASURED * 0.99)] / 1000.0, Arrays.stream(decides).average().orElse(0) / 1000.0,
				decides[(int) (MEASURED * 0.99)] / 1000.0, heapAfterGc());
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
		int mentioned = CONCEPTS_PER_VOICE + this.random.nextInt(2);
		for (int i = 0; i < mentioned; i++) {
			List<String> options = this.phrases.get(this.concepts.get(own[this.random.nextInt(own.length)]));
			parts.add(options.get(this.random.nextInt(options.size())));
		}
		int noise = 4 + this.random.nextInt(8);
		for (int i = 0; i < noise; i++) {
			parts.add(filler[this.random.nextInt(filler.length)]);
		}
		String[] codes = this.problemCodes[problem];
		int named = CODES_PER_VOICE + this.random.nextInt(2);
		for (int i = 0; i < named; i++) {
			parts.add(codes[this.random.nextInt(codes.length)]);
		}
		if (this.random.nextInt(5) == 0) {
			parts.add(pseudoWord(this.random));
		}
		java.util.Collections.shuffle(parts, this.random);
		String text = String.join(" ", parts);
		if (this.random.nextInt(3) == 0) {
			text = GREETINGS[this.random.nextInt(GREETINGS.length)] + "\n" + text + "\n"
					+ CLOSINGS[this.random.nextInt(CLOSINGS.length)];
		}
		return new Synthetic(id, language, text,
				(this.random.nextDouble() < REASON_SHARE) ? this.reasonCodes.get(this.problemReason[problem]) : null);
	}

	private void ensureProblems(int problems) {
		int known = this.problemReason.length;
		if (problems <= known) {
			return;
		}
		this.problemConcepts = Arrays.copyOf(this.problemConcepts, problems);
		this.problemReason = Arrays.copyOf(this.problemReason, problems);
		this.problemCodes = Arrays.copyOf(this.problemCodes, problems);
		for (int p = known; p < problems; p++) {
			int[] own = new int[3 + this.random.nextInt(2)];
			for (int i = 0; i < own.length; i++) {
				own[i] = this.random.nextInt(this.concepts.size());
			}
			this.problemConcepts[p] = own;
			this.problemReason[p] = this.random.nextInt(this.reasonCodes.size());
			this.problemCodes[p] = new String[CODES_PER_PROBLEM];
			for (int i = 0; i < CODES_PER_PROBLEM; i++) {
				this.problemCodes[p][i] = pseudoWord(this.codes);
			}
		}
	}

	/**
	 * A made-up word (product, street or letter code), consonant-vowel so that it looks
	 * like a name and ends in a consonant so that the stemmers leave it alone.
	 */
	private static String pseudoWord(Random random) {
		String consonants = "bdfgklmnprtvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		int syllables = 3 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length())));
			word.append(vowels.charAt(random.nextInt(vowels.length())));
		}
		return word.append(consonants.charAt(random.nextInt(consonants.length()))).toString();
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
			double decideMean, double decideP99, long heapMb) {

		String row(double bulkSeconds) {
			return String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.0f | %,d | %.0f |",
					this.stored, this.dossiers, this.problems, this.mean, this.p50, this.p99, this.decideMean,
					this.decideP99, this.heapMb, bulkSeconds);
		}

	}

}
