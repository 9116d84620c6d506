package io.wocas.bridge.dossier;

/**
 * The analyst operations recorded in the audit trail.
 */
public enum OperationKind {

	MERGE, SPLIT, MOVE_VOICE, REJECT_VOICE, RENAME, REASSIGN, UNDO

}
