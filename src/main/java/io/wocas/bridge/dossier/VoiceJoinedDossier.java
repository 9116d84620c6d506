package io.wocas.bridge.dossier;

/**
 * A voice was linked to a dossier, inside the transaction that links it.
 */
public record VoiceJoinedDossier(DossierId dossierId, long voiceId, boolean primary) {

}
