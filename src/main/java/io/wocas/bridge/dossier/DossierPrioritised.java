package io.wocas.bridge.dossier;

/**
 * A dossier's score reached the priority threshold.
 */
public record DossierPrioritised(DossierId dossierId, double score) {

}
