package io.wocas.bridge.committee.web;

import java.util.Arrays;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.security.CurrentUser;
import io.wocas.bridge.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the committee workflow: the dossier's owner (their login is the
 * dossier's owner id) or an analyst edits analysis and action plan; only the committee
 * decides.
 */
@Component
class CommitteeAccess {

	private final CurrentUser users;

	CommitteeAccess(CurrentUser users) {
		this.users = users;
	}

	void requireOwnerOrAnalyst(Dossier dossier, Authentication user) {
		if (!isOwnerOrAnalyst(dossier, user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"only the owner of dossier " + dossier.id() + " or an analyst may do this");
		}
	}

	boolean isOwnerOrAnalyst(Dossier dossier, Authentication user) {
		return this.users.hasRole(user, Role.ANALYST)
				|| dossier.owner().map((owner) -> owner.equals(user.getName())).orElse(false);
	}

	void requireAny(Authentication user, Role... roles) {
		if (Arrays.stream(roles).noneMatch((role) -> this.users.hasRole(user, role))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"this needs one of the roles " + Arrays.toString(roles));
		}
	}

}
