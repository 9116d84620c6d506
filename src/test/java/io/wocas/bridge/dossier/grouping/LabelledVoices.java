package io.wocas.bridge.dossier.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labelled evaluation set and the online grouping run over it.
 */
final class LabelledVoices {

	static final String RESOURCE = "/grouping/labelled-voices.jsonl";

	record Labelled(long id, String key, String problem, String language, String text) {
	}

	private LabelledVoices() {
	}

	static final String HELDOUT = "/grouping/heldout-voices.jsonl";

	static List<Labelled> load() {
		return load(RESOURCE);
	}

	static List<Labelled> load(String resource) {
		ObjectMapper json = new ObjectMapper();
		List<Labelled> voices = new ArrayList<>();
		try (InputStream in = LabelledVoices.class.getResourceAsStream(resource)) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				voices.add(new Labelled(voices.size() + 1L, node.get("id").asText(), node.get("problem").asText(),
						node.get("language").asText(), node.get("text").asText()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return voices;
	}

	/**
	 * Features once per voice (extraction does not depend on the order).
	 */
	static Map<Long, VoiceFeatures> extract(FeatureExtractor extractor, List<Labelled> voices) {
		Map<Long, VoiceFeatures> features = new HashMap<>();
		for (Labelled voice : voices) {
			features.put(voice.id(), extractor.extract(voice.id(), null, voice.text()));
		}
		return features;
	}

	static Run group(List<Labelled> order, Map<Long, VoiceFeatures> features, GroupingSettings settings) {
		Grouper grouper = new Grouper(new GroupingIndex(settings), settings);
		AtomicLong ids = new AtomicLong();
		Map<Long, Long> clusters = new LinkedHashMap<>();
		Map<Long, String> labels = new LinkedHashMap<>();
		List<Decision> decisions = new ArrayList<>();
		for (Labelled voice : order) {
			Decision decision = grouper.group(features.get(voice.id()), ids::incrementAndGet);
			clusters.put(voice.id(), decision.primary().dossierId());
			labels.put(voice.id(), voice.problem());
			decisions.add(decision);
		}
		return new Run(BCubed.evaluate(clusters, labels), clusters, decisions, grouper);
	}

	record Run(BCubed.Result result, Map<Long, Long> clusters, List<Decision> decisions, Grouper grouper) {
	}

}
