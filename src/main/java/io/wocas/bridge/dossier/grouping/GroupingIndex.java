package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory inverted index over dossier profiles, for finding the dossiers closest to
 * a voice without looking at every dossier.
 *
 * <h2>Similarity</h2> Cosine of tf-idf vectors: a voice {@code v} (feature weights
 * {@code w}) against a dossier's centroid {@code S/n}, with
 * {@code idf(t) = ln(1 + (N + 1)
 * / (df(t) + 1))} where {@code N} is the number of dossiers and {@code df(t)} the number
 * of dossiers whose profile holds {@code t}. A feature every dossier has weighs little; a
 * concept only one dossier has weighs a lot.
 *
 * <h2>Bounded work</h2> Each feature keeps a posting list of at most
 * {@code postingsPerTerm} dossiers, those where the feature is strongest (sum divided by
 * {@code voices + 1}, so that a large dossier where the feature is typical ranks above a
 * single voice). A voice is scored against the dossiers found in the posting lists of its
 * own features only; the best of them are then rescored exactly. A dossier sharing no
 * feature with the voice is never looked at, and the work per voice is bounded by
 * {@code features × postingsPerTerm} whatever the number of dossiers or voices. The price
 * is that, for a very common feature, a weak dossier may be found only through its rarer
 * features.
 * <p>
 * Thread-safe: queries share a read lock, updates take the write lock.
 */
public final class GroupingIndex {

	public static final int MAX_SHARED_TERMS = 8;

	private static final int MIN_RESCORED = 24;

	/**
	 * How many of a voice's features, the strongest by {@code weight × idf}, are used to
	 * find candidates (all of them are used to score the candidates found).
	 */
	static final int RETRIEVAL_TERMS = 12;

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	private static final double NORM_DRIFT = 0.05;

	private final int maxProfileTerms;

	private final int postingsPerTerm;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, Integer> termIds = new HashMap<>();

	private final List<String> termNames = new ArrayList<>();

	private int[] documentFrequencies = new int[1024];

	private Posting[] postings = new Posting[1024];

	private int[] voiceFrequencies = new int[1024];

	private long totalVoices;

	private final Map<Long, Dossier> dossiers = new HashMap<>();

	private Dossier[] slots = new Dossier[1024];

	private int[] freeSlots = new int[64];

	private int freeCount;

	private int slotCount;

	public GroupingIndex(int maxProfileTerms, int postingsPerTerm) {
		if (maxProfileTerms < 1 || postingsPerTerm < 1) {
			throw new IllegalArgumentException("maxProfileTerms and postingsPerTerm must be positive");
		}
		this.maxProfileTerms = maxProfileTerms;
		this.postingsPerTerm = postingsPerTerm;
	}

	public GroupingIndex(GroupingSettings settings) {
		this(settings.maxProfileTerms(), settings.postingsPerTerm());
	}

	public int size() {
		this.lock.readLock().lock();
		try {
			return this.dossiers.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	public Optional<DossierProfile> profile(long dossierId) {
		this.lock.readLock().lock();
		try {
			Dossier dossier = this.dossiers.get(dossierId);
			return (dossier != null) ? Optional.of(toProfile(dossier)) : Optional.empty();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * How many voices a dossier holds in the index, 0 when it is not indexed.
	 */
	public int voices(long dossierId) {
		this.lock.readLock().lock();
		try {
			Dossier dossier = this.dossiers.get(dossierId);
			return (dossier != null) ? dossier.voices : 0;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Adds or replaces a dossier's profile, for example one reloaded from the database.
	 */
	public void put(DossierProfile profile) {
		this.lock.writeLock().lock();
		try {
			removeDossier(profile.dossierId());
			Dossier dossier = newDossier(profile.dossierId());
			dossier.voices = profile.voices();
			int[] ids = new int[profile.termSums().size()];
			float[] sums = new float[ids.length];
			int size = 0;
			for (Map.Entry<String, Double> entry : profile.termSums().entrySet()) {
				if (entry.getValue() != null && entry.getValue() > 0) {
					ids[size] = termId(entry.getKey());
					sums[size++] = entry.getValue().floatValue();
				}
			}
			setTerms(dossier, ids, sums, size);
			for (int i = 0; i < dossier.size; i++) {
				this.documentFrequencies[dossier.terms[i]]++;
				this.voiceFrequencies[dossier.terms[i]] += estimatedVoices(dossier, i);
				offer(dossier.terms[i], dossier, dossier.sums[i]);
			}
			this.totalVoices += dossier.voices;
			this.dossiers.put(dossier.id, dossier);
			freshNorm(dossier, (int) Math.min(Integer.MAX_VALUE, this.totalVoices));
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Removes a dossier (merged away, closed); returns whether it was indexed.
	 */
	public boolean remove(long dossierId) {
		this.lock.writeLock().lock();
		try {
			return removeDossier(dossierId);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Adds a voice's features to a dossier's profile, creating the dossier when it is not
	 * indexed yet, and returns the updated profile (to persist).
	 */
	public DossierProfile addVoice(long dossierId, VoiceFeatures voice) {
		return change(dossierId, voice, 1, true);
	}

	/**
	 * {@link #addVoice} without building the updated profile, for bulk loading.
	 */
	void addVoiceOnly(long dossierId, VoiceFeatures voice) {
		change(dossierId, voice, 1, false);
	}

	/**
	 * Subtracts a voice's features from a dossier's profile (voice moved or rejected) and
	 * returns the updated profile; a dossier left without voices is removed from the
	 * index.
	 */
	public DossierProfile removeVoice(long dossierId, VoiceFeatures voice) {
		return change(dossierId, voice, -1, true);
	}

	/**
	 * The dossiers closest to a voice, best first, at most {@code k}.
	 */
	public List<Candidate> candidates(VoiceFeatures voice, int k) {
		this.lock.readLock().lock();
		try {
			int[] ids = new int[voice.terms().size()];
			double[] weights = new double[ids.length];
			int size = 0;
			double unknownNormSquared = 0;
			double unknownIdf = idf(0);
			for (Map.Entry<String, Double> entry : voice.terms().entrySet()) {
				Integer id = this.termIds.get(entry.getKey());
				if (id != null && this.documentFrequencies[id] > 0) {
					ids[size] = id;
					weights[size++] = entry.getValue();
				}
				else {
					double weight = entry.getValue() * unknownIdf;
					unknownNormSquared += weight * weight;
				}
			}
			return search(Arrays.copyOf(ids, size), Arrays.copyOf(weights, size), unknownNormSquared, k, null, 0.0);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Dossiers whose profiles are close to this one's: likely duplicates for an analyst
	 * to confirm (never merged automatically).
	 */
	public List<Candidate> similarDossiers(long dossierId, int k, double minScore) {
		this.lock.readLock().lock();
		try {
			Dossier dossier = this.dossiers.get(dossierId);
			if (dossier == null) {
				return List.of();
			}
			int[] ids = Arrays.copyOf(dossier.terms, dossier.size);
			double[] weights = new double[dossier.size];
			for (int i = 0; i < dossier.size; i++) {
				weights[i] = dossier.sums[i];
			}
			return search(ids, weights, 0.0, k, dossier, minScore);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private List<Candidate> search(int[] ids, double[] weights, double unknownNormSquared, int k, Dossier self,
			double minScore) {
		int total = this.dossiers.size();
		if (ids.length == 0 || total == 0 || k < 1) {
			return List.of();
		}
		int scale = (int) Math.min(Integer.MAX_VALUE, this.totalVoices);
		double[] idfs = new double[ids.length];
		double queryNormSquared = unknownNormSquared;
		for (int i = 0; i < ids.length; i++) {
			idfs[i] = idf(this.voiceFrequencies[ids[i]]);
			double weight = weights[i] * idfs[i];
			queryNormSquared += weight * weight;
		}
		int[] retrieval = strongest(weights, idfs, RETRIEVAL_TERMS);
		Scratch scratch = SCRATCH.get();
		scratch.ensure(this.slotCount);
		int touched = 0;
		for (int i : retrieval) {
			Posting posting = this.postings[ids[i]];
			if (posting == null) {
				continue;
			}
			double factor = weights[i] * idfs[i] * idfs[i];
			for (int p = 0; p < posting.size; p++) {
				int slot = posting.dossiers[p].slot;
				if (!scratch.seen[slot]) {
					scratch.seen[slot] = true;
					scratch.touched[touched++] = slot;
				}
				scratch.dots[slot] += factor * posting.sums[p];
			}
		}
		// best approximate scores first: positive floats sort like their bits
		long[] ranked = new long[touched];
		int count = 0;
		for (int t = 0; t < touched; t++) {
			int slot = scratch.touched[t];
			Dossier dossier = this.slots[slot];
			float score = (float) (scratch.dots[slot] / cachedNorm(dossier, scale, false));
			scratch.dots[slot] = 0;
			scratch.seen[slot] = false;
			if (dossier != self) {
				ranked[count++] = ((long) Float.floatToRawIntBits(score) << 32) | slot;
			}
		}
		Arrays.sort(ranked, 0, count);
		int rescored = Math.min(count, Math.max(MIN_RESCORED, 3 * k));
		double queryNorm = Math.sqrt(queryNormSquared);
		List<Candidate> result = new ArrayList<>();
		for (int r = 0; r < rescored; r++) {
			Dossier dossier = this.slots[(int) ranked[count - 1 - r]];
			Candidate candidate = exactScore(dossier, ids, weights, idfs, queryNorm, scale);
			if (candidate.score() > 0 && candidate.score() >= minScore) {
				result.add(candidate);
			}
		}
		result.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::dossierId));
		return List.copyOf(result.subList(0, Math.min(k, result.size())));
	}

	/**
	 * Indices of the {@code max} largest {@code weight × idf}.
	 */
	private static int[] strongest(double[] weights, double[] idfs, int max) {
		if (weights.length <= max) {
			int[] all = new int[weights.length];
			for (int i = 0; i < all.length; i++) {
				all[i] = i;
			}
			return all;
		}
		long[] keyed = new long[weights.length];
		for (int i = 0; i < weights.length; i++) {
			keyed[i] = ((long) Float.floatToRawIntBits((float) (weights[i] * idfs[i])) << 32) | i;
		}
		Arrays.sort(keyed);
		int[] top = new int[max];
		for (int i = 0; i < max; i++) {
			top[i] = (int) keyed[keyed.length - 1 - i];
		}
		return top;
	}

	private Candidate exactScore(Dossier dossier, int[] ids, double[] weights, double[] idfs, double queryNorm,
			int total) {
		double norm = cachedNorm(dossier, total, true);
		List<Map.Entry<String, Double>> contributions = new ArrayList<>();
		double dot = 0;
		for (int i = 0; i < ids.length; i++) {
			int at = Arrays.binarySearch(dossier.terms, 0, dossier.size, ids[i]);
			if (at >= 0) {
				double contribution = weights[i] * idfs[i] * idfs[i] * dossier.sums[at];
				dot += contribution;
				contributions.add(Map.entry(this.termNames.get(ids[i]), contribution));
			}
		}
		contributions.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		List<String> shared = contributions.stream().limit(MAX_SHARED_TERMS).map(Map.Entry::getKey).toList();
		double score = (norm == 0 || queryNorm == 0) ? 0 : Math.min(1.0, dot / (norm * queryNorm));
		return new Candidate(dossier.id, score, shared);
	}

	private double idf(int documentFrequency) {
		return Math.log(1.0 + (this.totalVoices + 1.0) / (documentFrequency + 1.0));
	}

	/**
	 * A dossier's norm depends on the idf of all its features, which drift slowly as
	 * voices come in. It is computed when the dossier changes (one dossier per voice, so
	 * the cost does not grow with the number of dossiers) and reused for ranking the many
	 * dossiers found in the posting lists; for the few exact scores it is recomputed when
	 * the number of voices drifted by more than 5 % since.
	 */
	private double cachedNorm(Dossier dossier, int total, boolean exact) {
		Norm norm = dossier.norm;
		if (norm != null && (!exact || (norm.version == dossier.version
				&& Math.abs(total - norm.dossiers) <= NORM_DRIFT * norm.dossiers))) {
			return norm.value;
		}
		return freshNorm(dossier, total);
	}

	private double freshNorm(Dossier dossier, int total) {
		double squared = 0;
		for (int i = 0; i < dossier.size; i++) {
			double weight = dossier.sums[i] * idf(this.voiceFrequencies[dossier.terms[i]]);
			squared += weight * weight;
		}
		double value = Math.max(Math.sqrt(squared), 1e-12);
		dossier.norm = new Norm(value, total, dossier.version);
		return value;
	}

	private DossierProfile change(long dossierId, VoiceFeatures voice, int sign, boolean snapshot) {
		this.lock.writeLock().lock();
		try {
			Dossier dossier = this.dossiers.get(dossierId);
			if (dossier == null) {
				if (sign < 0) {
					return DossierProfile.empty(dossierId);
				}
				dossier = newDossier(dossierId);
				this.dossiers.put(dossierId, dossier);
			}
			dossier.voices = Math.max(0, dossier.voices + sign);
			if (dossier.voices == 0) {
				removeDossier(dossierId);
				return DossierProfile.empty(dossierId);
			}
			int[] voiceIds = new int[voice.terms().size()];
			float[] voiceWeights = new float[voiceIds.length];
			int count = 0;
			for (Map.Entry<String, Double> entry : voice.terms().entrySet()) {
				if (sign > 0) {
					voiceIds[count] = termId(entry.getKey());
				}
				else {
					Integer id = this.termIds.get(entry.getKey());
					if (id == null) {
						continue;
					}
					voiceIds[count] = id;
				}
				voiceWeights[count++] = (float) (sign * entry.getValue());
				this.voiceFrequencies[voiceIds[count - 1]] = Math.max(0,
						this.voiceFrequencies[voiceIds[count - 1]] + sign);
			}
			this.totalVoices = Math.max(0, this.totalVoices + sign);
			merge(dossier, voiceIds, voiceWeights, count);
			return snapshot ? toProfile(dossier) : null;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void merge(Dossier dossier, int[] voiceIds, float[] voiceWeights, int count) {
		long[] delta = new long[count];
		for (int i = 0; i < count; i++) {
			delta[i] = ((long) voiceIds[i] << 32) | (Float.floatToRawIntBits(voiceWeights[i]) & 0xffffffffL);
		}
		Arrays.sort(delta);
		int[] ids = new int[dossier.size + count];
		float[] sums = new float[ids.length];
		boolean[] touched = new boolean[ids.length];
		int size = 0;
		int a = 0;
		int b = 0;
		while (a < dossier.size || b < count) {
			int deltaId = (b < count) ? (int) (delta[b] >>> 32) : Integer.MAX_VALUE;
			int ownId = (a < dossier.size) ? dossier.terms[a] : Integer.MAX_VALUE;
			if (ownId < deltaId) {
				ids[size] = ownId;
				sums[size++] = dossier.sums[a++];
				continue;
			}
			float sum = (ownId == deltaId) ? dossier.sums[a++] : 0f;
			while (b < count && (int) (delta[b] >>> 32) == deltaId) {
				sum += Float.intBitsToFloat((int) delta[b++]);
			}
			if (sum > 1e-6f) {
				ids[size] = deltaId;
				touched[size] = true;
				sums[size++] = sum;
			}
		}
		int[] oldTerms = Arrays.copyOf(dossier.terms, dossier.size);
		int[] changed = new int[size];
		int changedCount = 0;
		for (int i = 0; i < size; i++) {
			if (touched[i]) {
				changed[changedCount++] = ids[i];
			}
		}
		setTerms(dossier, ids, sums, size);
		for (int term : oldTerms) {
			if (Arrays.binarySearch(dossier.terms, 0, dossier.size, term) < 0) {
				this.documentFrequencies[term]--;
				removePosting(term, dossier);
			}
		}
		for (int i = 0; i < changedCount; i++) {
			int at = Arrays.binarySearch(dossier.terms, 0, dossier.size, changed[i]);
			if (at < 0) {
				continue;
			}
			if (Arrays.binarySearch(oldTerms, changed[i]) < 0) {
				this.documentFrequencies[changed[i]]++;
			}
			offer(changed[i], dossier, dossier.sums[at]);
		}
		dossier.version++;
		freshNorm(dossier, (int) Math.min(Integer.MAX_VALUE, this.totalVoices));
	}

	/**
	 * Keeps the strongest {@code maxProfileTerms}, sorted by term id for binary search.
	 */
	private void setTerms(Dossier dossier, int[] ids, float[] sums, int size) {
		if (size <= this.maxProfileTerms && isSorted(ids, size)) {
			dossier.terms = Arrays.copyOf(ids, size);
			dossier.sums = Arrays.copyOf(sums, size);
			dossier.size = size;
			return;
		}
		int kept = Math.min(size, this.maxProfileTerms);
		int[] order = new int[size];
		if (size > this.maxProfileTerms) {
			// strongest first: sums are positive, so their float bits sort like the
			// floats
			long[] bySum = new long[size];
			for (int i = 0; i < size; i++) {
				bySum[i] = ((long) Float.floatToRawIntBits(sums[i]) << 32) | i;
			}
			Arrays.sort(bySum);
			for (int i = 0; i < kept; i++) {
				order[i] = (int) bySum[size - 1 - i];
			}
		}
		else {
			for (int i = 0; i < size; i++) {
				order[i] = i;
			}
		}
		long[] byId = new long[kept];
		for (int i = 0; i < kept; i++) {
			byId[i] = ((long) ids[order[i]] << 32) | order[i];
		}
		Arrays.sort(byId);
		dossier.terms = new int[kept];
		dossier.sums = new float[kept];
		for (int i = 0; i < kept; i++) {
			int at = (int) byId[i];
			dossier.terms[i] = ids[at];
			dossier.sums[i] = sums[at];
		}
		dossier.size = kept;
	}

	private static boolean isSorted(int[] ids, int size) {
		for (int i = 1; i < size; i++) {
			if (ids[i - 1] >= ids[i]) {
				return false;
			}
		}
		return true;
	}

	private Dossier newDossier(long id) {
		int slot;
		if (this.freeCount > 0) {
			slot = this.freeSlots[--this.freeCount];
		}
		else {
			slot = this.slotCount++;
			if (slot == this.slots.length) {
				this.slots = Arrays.copyOf(this.slots, slot * 2);
			}
		}
		Dossier dossier = new Dossier(id, slot);
		this.slots[slot] = dossier;
		return dossier;
	}

	private boolean removeDossier(long dossierId) {
		Dossier dossier = this.dossiers.remove(dossierId);
		if (dossier == null) {
			return false;
		}
		this.slots[dossier.slot] = null;
		if (this.freeCount == this.freeSlots.length) {
			this.freeSlots = Arrays.copyOf(this.freeSlots, this.freeCount * 2);
		}
		this.freeSlots[this.freeCount++] = dossier.slot;
		for (int i = 0; i < dossier.size; i++) {
			this.documentFrequencies[dossier.terms[i]]--;
			this.voiceFrequencies[dossier.terms[i]] = Math.max(0,
					this.voiceFrequencies[dossier.terms[i]] - estimatedVoices(dossier, i));
			removePosting(dossier.terms[i], dossier);
		}
		this.totalVoices = Math.max(0, this.totalVoices - dossier.voices);
		return true;
	}

	/**
	 * How many of a dossier's voices hold a feature, estimated from its sum (a voice adds
	 * at most about 1 per feature); exact counts are kept while voices are added one by
	 * one.
	 */
	private static int estimatedVoices(Dossier dossier, int at) {
		return Math.max(1, Math.min(dossier.voices, Math.round(dossier.sums[at])));
	}

	private void offer(int term, Dossier dossier, float sum) {
		Posting posting = this.postings[term];
		if (posting == null) {
			posting = new Posting(Math.min(this.postingsPerTerm, 4));
			this.postings[term] = posting;
		}
		posting.offer(dossier, sum, sum / (dossier.voices + 1f), this.postingsPerTerm);
	}

	private void removePosting(int term, Dossier dossier) {
		Posting posting = this.postings[term];
		if (posting != null) {
			posting.remove(dossier);
		}
	}

	private int termId(String term) {
		Integer id = this.termIds.get(term);
		if (id != null) {
			return id;
		}
		int next = this.termNames.size();
		this.termIds.put(term, next);
		this.termNames.add(term);
		if (next >= this.documentFrequencies.length) {
			this.documentFrequencies = Arrays.copyOf(this.documentFrequencies, next * 2);
			this.postings = Arrays.copyOf(this.postings, next * 2);
			this.voiceFrequencies = Arrays.copyOf(this.voiceFrequencies, next * 2);
		}
		return next;
	}

	private DossierProfile toProfile(Dossier dossier) {
		Integer[] order = new Integer[dossier.size];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Float.compare(dossier.sums[b], dossier.sums[a]));
		Map<String, Double> sums = new LinkedHashMap<>();
		for (Integer i : order) {
			sums.put(this.termNames.get(dossier.terms[i]), Math.round(dossier.sums[i] * 10000.0) / 10000.0);
		}
		return new DossierProfile(dossier.id, dossier.voices, sums);
	}

	private static final class Dossier {

		private final long id;

		private final int slot;

		private int voices;

		private int[] terms = new int[0];

		private float[] sums = new float[0];

		private int size;

		private int version;

		private volatile Norm norm;

		Dossier(long id, int slot) {
			this.id = id;
			this.slot = slot;
		}

	}

	private record Norm(double value, int dossiers, int version) {
	}

	/**
	 * Per-thread accumulators indexed by dossier slot, so that scoring the dossiers of
	 * the posting lists allocates nothing per dossier.
	 */
	private static final class Scratch {

		private double[] dots = new double[0];

		private boolean[] seen = new boolean[0];

		private int[] touched = new int[0];

		void ensure(int slots) {
			if (this.dots.length < slots) {
				int size = Math.max(slots, this.dots.length * 2);
				this.dots = new double[size];
				this.seen = new boolean[size];
				this.touched = new int[size];
			}
		}

	}

	/**
	 * The strongest dossiers for one feature, unordered; the weakest is replaced when a
	 * stronger one comes and the list is full.
	 */
	private static final class Posting {

		private Dossier[] dossiers;

		private float[] sums;

		private float[] impacts;

		private int size;

		Posting(int capacity) {
			this.dossiers = new Dossier[capacity];
			this.sums = new float[capacity];
			this.impacts = new float[capacity];
		}

		void offer(Dossier dossier, float sum, float impact, int max) {
			int weakest = -1;
			for (int i = 0; i < this.size; i++) {
				if (this.dossiers[i] == dossier) {
					this.sums[i] = sum;
					this.impacts[i] = impact;
					return;
				}
				if (weakest < 0 || this.impacts[i] < this.impacts[weakest]) {
					weakest = i;
				}
			}
			if (this.size < max) {
				if (this.size == this.dossiers.length) {
					int capacity = Math.min(max, this.size * 2);
					this.dossiers = Arrays.copyOf(this.dossiers, capacity);
					this.sums = Arrays.copyOf(this.sums, capacity);
					this.impacts = Arrays.copyOf(this.impacts, capacity);
				}
				this.dossiers[this.size] = dossier;
				this.sums[this.size] = sum;
				this.impacts[this.size++] = impact;
			}
			else if (weakest >= 0 && impact > this.impacts[weakest]) {
				this.dossiers[weakest] = dossier;
				this.sums[weakest] = sum;
				this.impacts[weakest] = impact;
			}
		}

		void remove(Dossier dossier) {
			for (int i = 0; i < this.size; i++) {
				if (this.dossiers[i] == dossier) {
					this.size--;
					this.dossiers[i] = this.dossiers[this.size];
					this.sums[i] = this.sums[this.size];
					this.impacts[i] = this.impacts[this.size];
					this.dossiers[this.size] = null;
					return;
				}
			}
		}

	}

}
