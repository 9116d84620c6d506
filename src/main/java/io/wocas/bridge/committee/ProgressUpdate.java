package io.wocas.bridge.committee;

import java.time.Instant;

/**
 * What the owner tells everyone about the resolution's progress.
 */
public record ProgressUpdate(long id, long dossierId, String text, int percent, String postedBy, Instant postedAt) {

}
