package io.wocas.bridge.dossier;

import io.wocas.bridge.dossier.grouping.FeatureExtractor;
import io.wocas.bridge.dossier.grouping.Grouper;
import io.wocas.bridge.dossier.grouping.GroupingIndex;
import io.wocas.bridge.dossier.grouping.GroupingSettings;
import io.wocas.bridge.dossier.grouping.SynonymsLoader;
import io.wocas.bridge.voice.tagging.MarkerParser;
import io.wocas.bridge.voice.tagging.VoiceTagger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The grouping engine: one in-memory index of open dossiers' profiles, loaded from the
 * database at start-up by {@link DossierIndexLoader}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GroupingConfiguration {

	@Bean
	GroupingIndex groupingIndex(GroupingSettings settings) {
		return new GroupingIndex(settings);
	}

	@Bean
	Grouper grouper(GroupingIndex index, GroupingSettings settings) {
		return new Grouper(index, settings);
	}

	@Bean
	FeatureExtractor featureExtractor(GroupingSettings settings, VoiceTagger tagger, MarkerParser markers) {
		return new FeatureExtractor(SynonymsLoader.load(settings.synonymsFile()), tagger, markers, settings);
	}

}
