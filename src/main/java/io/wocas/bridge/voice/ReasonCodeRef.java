package io.wocas.bridge.voice;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A reason code attached to a voice (a code of the taxonomy in {@code connectors/}).
 */
@Table("voice_reason")
public record ReasonCodeRef(String code) {

}
