package nl.steunpunt.web.internal.resource.dto;

import java.util.List;

/** The body of {@code PUT /trajectories/{id}/partners}: organisation ids such as GM0363. */
public record PartnersRequest(List<String> partners) {}
