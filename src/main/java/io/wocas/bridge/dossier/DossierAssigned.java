package io.wocas.bridge.dossier;

/**
 * A dossier got an owner (automatically from the routing table, or from an analyst).
 */
public record DossierAssigned(DossierId dossierId, String owner, String assignedBy) {

}
