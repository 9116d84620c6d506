package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.wocas.bridge.voice.tagging.TaggingSettings;
import org.junit.jupiter.api.Test;

/**
 * The figures of the grouping README: B-cubed on the labelled set in file order, in ten
 * shuffles (and the three of {@link GroupingQualityTest}), on its odd and even halves,
 * and on the held-out file. Not a test (skipped by the normal build); run it with
 * {@code ./mvnw -o test -Dtest=GroupingEvaluation -Dsurefire.failIfNoSpecifiedTests=false}
 * and optionally {@code -Dgrid=0.18,0.21,0.24} (attach thresholds), {@code -Dtrace=true}
 * (every decision of the file-order run) or {@code -Dconfusion=true} (problems per
 * dossier).
 */
class GroupingEvaluation {

	@Test
	void evaluate() {
		GroupingSettings base = GroupingSettings.defaults();
		FeatureExtractor extractor = FeatureExtractor.create(base, TaggingSettings.defaults());
		List<LabelledVoices.Labelled> voices = LabelledVoices.load();
		List<LabelledVoices.Labelled> held = LabelledVoices.load(LabelledVoices.HELDOUT);
		Map<Long, VoiceFeatures> f = LabelledVoices.extract(extractor, voices);
		Map<Long, VoiceFeatures> hf = LabelledVoices.extract(extractor, held);
		String grid = System.getProperty("grid", String.valueOf(GroupingSettings.defaults().attachThreshold()));
		for (String a : grid.split(",")) {
			GroupingSettings s = base.withThresholds(Double.parseDouble(a), base.secondaryThreshold());
			report("attach=" + a, s, voices, f, held, hf);
		}
		if (Boolean.getBoolean("trace")) {
			Map<String, Map<String, Integer>> rc = new TreeMap<>();
			for (LabelledVoices.Labelled v : voices) {
				rc.computeIfAbsent(v.problem(), k -> new TreeMap<>())
					.merge(String.valueOf(f.get(v.id()).reasonCodes()), 1, Integer::sum);
			}
			rc.forEach((k, m) -> System.out.println("RC " + k + " " + m));
			LabelledVoices.Run run = LabelledVoices.group(voices, f, base);
			Map<Long, String> first = new HashMap<>();
			for (int i = 0; i < voices.size(); i++) {
				LabelledVoices.Labelled v = voices.get(i);
				Decision d = run.decisions().get(i);
				long c = d.primary().dossierId();
				first.putIfAbsent(c, v.problem());
				String mark = first.get(c).equals(v.problem()) ? "  " : "XX";
				System.out.printf(Locale.ROOT, "%s %s %s d%d(%s) %.3f new=%s %s | %s%n", mark, v.key(), v.problem(), c,
						first.get(c), d.primary().score(), d.newDossier(), d.primary().sharedTerms(),
						f.get(v.id()).terms().keySet().stream().filter(t -> !t.startsWith("t:")).toList());
			}
		}
		if (Boolean.getBoolean("confusion")) {
			confusion(LabelledVoices.group(voices, f, base), voices);
			confusion(LabelledVoices.group(held, hf, base), held);
		}
	}

	static void report(String name, GroupingSettings s, List<LabelledVoices.Labelled> voices,
			Map<Long, VoiceFeatures> f, List<LabelledVoices.Labelled> held, Map<Long, VoiceFeatures> hf) {
		BCubed.Result file = LabelledVoices.group(voices, f, s).result();
		double min = 1, sum = 0;
		StringBuilder sh = new StringBuilder();
		for (long seed = 1; seed <= 10; seed++) {
			List<LabelledVoices.Labelled> o = new ArrayList<>(voices);
			Collections.shuffle(o, new Random(seed));
			double x = LabelledVoices.group(o, f, s).result().f1();
			min = Math.min(min, x);
			sum += x;
			sh.append(String.format(Locale.ROOT, " %.3f", x));
		}
		for (long seed : new long[] { 11, 22, 33 }) {
			List<LabelledVoices.Labelled> o = new ArrayList<>(voices);
			Collections.shuffle(o, new Random(seed));
			double x = LabelledVoices.group(o, f, s).result().f1();
			sh.append(String.format(Locale.ROOT, " [%d]%.3f", seed, x));
		}
		List<LabelledVoices.Labelled> odd = voices.stream().filter(v -> v.id() % 2 == 1).toList();
		List<LabelledVoices.Labelled> even = voices.stream().filter(v -> v.id() % 2 == 0).toList();
		BCubed.Result ro = LabelledVoices.group(odd, f, s).result();
		BCubed.Result re = LabelledVoices.group(even, f, s).result();
		BCubed.Result rh = LabelledVoices.group(held, hf, s).result();
		double hmin = 1;
		for (long seed = 1; seed <= 5; seed++) {
			List<LabelledVoices.Labelled> o = new ArrayList<>(held);
			Collections.shuffle(o, new Random(seed));
			hmin = Math.min(hmin, LabelledVoices.group(o, hf, s).result().f1());
		}
		System.out.printf(Locale.ROOT,
				"%s | file %s | shuffles min %.3f mean %.3f |%s%n   odd %s | even %s | held %s hmin %.3f%n", name, file,
				min, sum / 10, sh, ro, re, rh, hmin);
	}

	static void confusion(LabelledVoices.Run run, List<LabelledVoices.Labelled> voices) {
		Map<Long, String> lab = new HashMap<>();
		voices.forEach(v -> lab.put(v.id(), v.problem()));
		Map<Long, Map<String, Integer>> comp = new TreeMap<>();
		run.clusters()
			.forEach((v, c) -> comp.computeIfAbsent(c, k -> new TreeMap<>()).merge(lab.get(v), 1, Integer::sum));
		comp.forEach((c, m) -> System.out.println("  dossier " + c + ": " + m));
	}

}
