package nl.steunpunt.core.internal.access;

import nl.steunpunt.api.family.Member;

/**
 * A member the policy allowed an action on, with the permit: what {@link Gate#member} hands out,
 * loaded and decided in one step.
 *
 * @param member the member as loaded in this unit of work
 * @param permit the decision about the member's family
 */
public record MemberPermit(Member member, Permit permit) {}
