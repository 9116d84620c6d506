package io.wocas.bridge.security;

/**
 * The roles of the WOCAS loop.
 */
public enum Role {

	ADVISER, ANALYST, OWNER, COMMITTEE, OPS

}
