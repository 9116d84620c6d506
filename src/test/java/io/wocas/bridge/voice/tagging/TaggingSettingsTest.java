package io.wocas.bridge.voice.tagging;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class TaggingSettingsTest {

	@Test
	void settingsBindFromKebabCaseProperties() {
		TaggingSettings settings = bind(Map.of("wocas.tagging.marker", "#voice", "wocas.tagging.taxonomy-file",
				"other/taxonomy.yaml", "wocas.tagging.min-confidence", "0.5"));

		assertThat(settings.marker()).isEqualTo("#voice");
		assertThat(settings.taxonomyFile()).isEqualTo(Path.of("other/taxonomy.yaml"));
		assertThat(settings.minConfidence()).isEqualTo(0.5);
	}

	@Test
	void missingSettingsTakeTheDefaults() {
		TaggingSettings settings = bind(Map.of("wocas.tagging.marker", "#WOCAS"));

		assertThat(settings).isEqualTo(TaggingSettings.defaults());
	}

	private static TaggingSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bind("wocas.tagging", TaggingSettings.class)
			.get();
	}

}
