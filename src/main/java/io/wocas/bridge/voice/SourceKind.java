package io.wocas.bridge.voice;

/**
 * The kind of source item a voice was captured from.
 */
public enum SourceKind {

	CASE_COMMENT, FEED_ITEM, CASE_EMAIL, MAILBOX_EMAIL, API

}
