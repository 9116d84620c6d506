package io.wocas.bridge.voice.tagging;

/**
 * A reason code the taxonomy found in a text, with its confidence (0..1).
 *
 * @param code the reason code
 * @param confidence how sure the matcher is, 0..1
 */
public record ReasonMatch(String code, double confidence) {

}
