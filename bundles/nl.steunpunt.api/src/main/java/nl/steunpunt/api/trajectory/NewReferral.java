package nl.steunpunt.api.trajectory;

import java.util.UUID;

/**
 * A referral to make: a member of the trajectory's family, the therapy provider, and the consent it
 * is made with.
 *
 * @param memberId the member, of this family
 * @param organisation the therapy provider's organisation id, e.g. {@code therapy-noord}
 * @param consent the consent given for it; see {@link Consent} for who may give it
 * @since 0.1
 */
public record NewReferral(UUID memberId, String organisation, Consent consent) {}
