package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;

/** The body of {@code POST /trajectories/{id}/referrals}; the service checks both parts. */
public record ReferralRequest(UUID memberId, String organisation) {}
