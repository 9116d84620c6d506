package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Decides which dossier a new voice belongs to (online, one voice at a time).
 * <p>
 * The voice joins the best candidate whose cosine similarity reaches the attach threshold
 * for that dossier's size, {@code attachThreshold + 0.15 / sqrt(voices)} (see
 * {@link #attachThreshold(int)}); otherwise it opens a new dossier. A further candidate
 * is a secondary link (the voice raises a second problem) when it reaches
 * {@code secondaryThreshold} and most of what it shares with the voice is not what the
 * primary shares: its concepts and reason codes differ, so it is another problem, not a
 * near-duplicate of the primary dossier (those are for
 * {@link GroupingIndex#similarDossiers}).
 */
public class Grouper {

	private static final double MAX_OVERLAP = 0.34;

	private final GroupingIndex index;

	private final GroupingSettings settings;

	public Grouper(GroupingIndex index, GroupingSettings settings) {
		this.index = index;
		this.settings = settings;
	}

	public GroupingIndex index() {
		return this.index;
	}

	/**
	 * Decides without changing the index.
	 */
	public Decision decide(VoiceFeatures voice) {
		List<Candidate> candidates = voice.isEmpty() ? List.of()
				: this.index.candidates(voice, this.settings.candidates());
		double best = candidates.isEmpty() ? 0.0 : candidates.get(0).score();
		Candidate primary = null;
		for (Candidate candidate : candidates) {
			if (candidate.score() >= attachThreshold(this.index.voices(candidate.dossierId()))) {
				primary = candidate;
				break;
			}
		}
		if (primary == null) {
			return new Decision(voice.voiceId(), null, true, List.of(), voice.reasonCodes(), best);
		}
		best = primary.score();
		candidates = new ArrayList<>(candidates);
		candidates.remove(primary);
		candidates.add(0, primary);
		Set<String> primaryTopics = topics(primary.sharedTerms());
		List<Decision.Link> secondary = new ArrayList<>();
		for (Candidate candidate : candidates.subList(1, candidates.size())) {
			if (candidate.score() < this.settings.secondaryThreshold()) {
				break;
			}
			Set<String> topics = topics(candidate.sharedTerms());
			if (topics.isEmpty()) {
				continue;
			}
			long overlapping = topics.stream().filter(primaryTopics::contains).count();
			if (overlapping <= MAX_OVERLAP * topics.size()) {
				secondary.add(link(candidate));
				primaryTopics.addAll(topics);
			}
		}
		return new Decision(voice.voiceId(), link(primary), false, secondary, voice.reasonCodes(), best);
	}

	/**
	 * Decides and applies the decision to the index: the voice's features are added to
	 * the dossier it joins, or to a new dossier whose id comes from {@code newDossierId}.
	 */
	public Decision group(VoiceFeatures voice, LongSupplier newDossierId) {
		Decision decision = decide(voice);
		if (decision.newDossier()) {
			long id = newDossierId.getAsLong();
			this.index.addVoiceOnly(id, voice);
			return new Decision(decision.voiceId(), new Decision.Link(id, 1.0, List.of()), true, List.of(),
					decision.reasonCodes(), decision.bestScore());
		}
		this.index.addVoiceOnly(decision.primary().dossierId(), voice);
		return decision;
	}

	/**
	 * How much more than {@code attachThreshold} a voice needs to join a dossier of one
	 * voice; the surplus shrinks with the square root of the dossier's size.
	 */
	static final double SMALL_DOSSIER_SURPLUS = Double
		.parseDouble(System.getProperty("wocas.grouping.small-surplus", "0.15"));

	/**
	 * The score a voice needs to join a dossier of {@code voices} voices:
	 * {@code attachThreshold + 0.15 / sqrt(voices)}. A dossier of one voice is compared
	 * voice to voice, which is noisy, and a wrong first join snowballs (the next voices
	 * see a mixed dossier); a large dossier's centroid is broad, so a voice of the same
	 * problem scores lower against it than against one similar voice.
	 */
	public double attachThreshold(int voices) {
		return this.settings.attachThreshold() + SMALL_DOSSIER_SURPLUS / Math.sqrt(Math.max(1, voices));
	}

	private static Set<String> topics(List<String> sharedTerms) {
		Set<String> topics = new HashSet<>();
		for (String term : sharedTerms) {
			if (term.startsWith(VoiceFeatures.CONCEPT) || term.startsWith(VoiceFeatures.REASON)) {
				topics.add(term);
			}
		}
		return topics;
	}

	private static Decision.Link link(Candidate candidate) {
		return new Decision.Link(candidate.dossierId(), candidate.score(), candidate.sharedTerms());
	}

}
