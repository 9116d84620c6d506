package io.wocas.bridge.dossier;

/**
 * A dossier's status changed; published when the dossier is saved, inside that
 * transaction.
 */
public record DossierStatusChanged(DossierId dossierId, DossierStatus from, DossierStatus to) {

}
