package nl.steunpunt.api.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a counsellor records of the consultation of the parents.
 *
 * @param consultedAt when; not in the future
 * @param consulted the parents or guardians consulted: members of the family with one of those
 *     roles, at least one
 * @param reporter who reports, as agreed
 * @param recipient to whom, as agreed
 * @since 0.1
 */
public record NewConsultation(
    Instant consultedAt, List<UUID> consulted, Reporter reporter, Recipient recipient) {}
