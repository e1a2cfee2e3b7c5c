/**
 * The partners' contract: what a partner bundle (a municipality, the police, a therapy provider, an
 * evaluation) builds against, and nothing else of the platform.
 *
 * <p>A partner bundle acts for one partner, identified by a partner id, of an {@link
 * nl.steunpunt.api.partner.OrganisationKind organisation kind}, for one {@link
 * nl.steunpunt.api.access.Purpose purpose}. The platform only deals with bundles that the operator
 * put on its allow-list, and only within the grant the operator configured for the partner.
 *
 * <ul>
 *   <li>{@link nl.steunpunt.api.partner.PartnerContext} is the partner's way in: the core registers
 *       it per bundle, so it always knows which bundle calls. Every call is limited to the
 *       partner's grant intersected with the rights of the user it is made for, and audited with
 *       the bundle's name and version. Through it a partner keeps {@link
 *       nl.steunpunt.api.partner.PartnerRecord records} of its own.
 *   <li>{@link nl.steunpunt.api.partner.TrajectoryListener} is a whiteboard service a partner
 *       registers to be told of {@link nl.steunpunt.api.partner.PartnerEvent events} it may see: in
 *       order, at least once, from a position the platform keeps for the partner, so a partner that
 *       was stopped, failing or updated catches up when it returns.
 * </ul>
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.partner;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
