package io.wocas.bridge.voice;

import java.util.List;

/**
 * Published once a new voice is committed to the store.
 */
public record VoiceCaptured(VoiceId voiceId, SourceKind sourceKind, String sourceSystem, List<String> reasonCodes) {

}
