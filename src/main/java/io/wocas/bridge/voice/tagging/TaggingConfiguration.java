package io.wocas.bridge.voice.tagging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the taxonomy once, at start-up; an invalid file stops start-up naming the file
 * and key.
 */
@Configuration(proxyBeanMethods = false)
class TaggingConfiguration {

	@Bean
	Taxonomy taxonomy(TaggingSettings settings) {
		return TaxonomyLoader.load(settings.taxonomyFile());
	}

	@Bean
	MarkerParser markerParser(TaggingSettings settings, Taxonomy taxonomy) {
		return new MarkerParser(settings.marker(), taxonomy);
	}

}
