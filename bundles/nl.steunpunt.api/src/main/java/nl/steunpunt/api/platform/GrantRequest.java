package nl.steunpunt.api.platform;

import java.util.Set;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;

/**
 * What the operator grants a partner. A partner bundle acts only when it is on the allow-list and
 * its declaration has the same partner id, kind and purpose.
 *
 * @param partnerId as the bundle declares it: lower-case letters and digits joined by hyphens, at
 *     most 64 characters
 * @param kind its kind of organisation
 * @param purpose why it uses data; not {@link Purpose#EMERGENCY}
 * @param organisation its organisation id (e.g. {@code GM0363}, {@code therapy-noord}); referrals
 *     to a therapy provider name it
 * @param municipalities CBS codes (four digits) whose families a municipality sees; at least one
 *     for a municipality
 * @param categories the data categories the partner may read at most
 * @param timeline whether the partner receives trajectory events at all
 * @param fromStart whether a partner seen for the first time receives the whole event log instead
 *     of starting at its end
 * @since 0.2
 */
public record GrantRequest(
    String partnerId,
    OrganisationKind kind,
    Purpose purpose,
    String organisation,
    Set<String> municipalities,
    Set<DataCategory> categories,
    boolean timeline,
    boolean fromStart) {}
