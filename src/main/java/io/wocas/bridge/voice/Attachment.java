package io.wocas.bridge.voice;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An attachment of a source item. Its content is never stored, only what an analyst needs
 * to know it was there.
 */
@Table("voice_attachment")
public record Attachment(String name, String contentType, long sizeBytes) {

}
