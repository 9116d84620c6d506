package io.wocas.bridge.committee;

/**
 * Where a task of an action plan stands.
 */
public enum TaskStatus {

	TODO, DOING, DONE, BLOCKED

}
