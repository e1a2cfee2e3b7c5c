package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.trajectory.TaskState;

/** The body of {@code PUT /tasks/{id}/state}. */
public record TaskStateRequest(TaskState state) {}
