package nl.steunpunt.api.platform;

import java.util.List;
import java.util.OptionalLong;
import nl.steunpunt.api.access.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operator's administration of partners: where each partner stands, its grant, the allow-list
 * of partner bundles, and the position of event delivery. Registered by the core; the console's
 * {@code steunpunt:partner*} commands use it.
 *
 * <p>Every method requires an actor with {@link nl.steunpunt.api.access.Role#OPERATOR}, and
 * otherwise throws {@link nl.steunpunt.api.common.AccessDeniedException} (the refusal is audited).
 * Every change is audited ({@link nl.steunpunt.api.access.Action#GRANT_CHANGE}); a change that
 * cannot be audited is not made ({@link nl.steunpunt.api.common.UnavailableException}). Input is
 * checked before anything is written: a bad request throws {@link
 * nl.steunpunt.api.common.ValidationException} with one error per field, and changes nothing.
 *
 * <p>Grants and allow-list entries are Configuration Admin factory configurations ({@code
 * nl.steunpunt.partners.grant}, {@code nl.steunpunt.partners.allow}): the platform picks up a
 * change moments after the call returns, as it would after {@code config:edit}.
 *
 * @since 0.2
 */
@ProviderType
public interface PartnerAdministration {

  /**
   * Every partner the platform knows of: named by a grant, declared by an installed bundle, or with
   * a delivery cursor. Reading it is not audited: it holds no personal data.
   *
   * @param actor the operator
   * @return the partners by id
   */
  List<PartnerStatus> partners(Actor actor);

  /**
   * Grants a partner what it may see, replacing its grant if it has one.
   *
   * @param actor the operator
   * @param request the grant
   * @return the pid of the configuration written on this node (the grant is kept in the database;
   *     every node holds its own copy)
   */
  String grant(Actor actor, GrantRequest request);

  /**
   * Revokes a partner's grant: deletes every grant configuration naming it. Delivery to it stops.
   *
   * @param actor the operator
   * @param partnerId the partner
   * @return how many grants were deleted (one: a partner has one grant)
   * @throws nl.steunpunt.api.common.NotFoundException when no grant names the partner
   */
  int revoke(Actor actor, String partnerId);

  /**
   * Puts a bundle on the allow-list, or replaces the SHA-256 of the entry with the same symbolic
   * name and version range.
   *
   * @param actor the operator
   * @param request the entry
   * @return the entry as written (the SHA-256 in lower case)
   */
  AllowRequest allow(Actor actor, AllowRequest request);

  /**
   * Puts an installed bundle on the allow-list exactly as it is: its symbolic name, its version
   * (range {@code [v,v]}) and the SHA-256 of its installed content (the bytes that run).
   *
   * @param actor the operator
   * @param bundleId the bundle's id, as {@code bundle:list} shows it
   * @return the entry as written
   * @throws nl.steunpunt.api.common.NotFoundException when no such bundle is installed
   * @throws nl.steunpunt.api.common.ValidationException when its installed content cannot be read
   */
  AllowRequest allowBundle(Actor actor, long bundleId);

  /**
   * Trusts a bundle for the dev loop, in demo mode only: the bundle with this symbolic name and a
   * version in this range may run whatever its bytes, so a rebuilt jar ({@code bundle:update},
   * {@code bundle:watch}) runs again without a new entry. It replaces a pinned entry with the same
   * name and range (and is replaced by one). Its partner still needs its grant. Kept and audited
   * like every allow-list entry; {@link #disallow} removes it.
   *
   * @param actor the operator
   * @param symbolicName the bundle's symbolic name
   * @param versionRange an OSGi version range, e.g. {@code [1.0.0,2.0.0)}
   * @return the entry as written, its {@code sha256} {@code null} (any jar)
   * @throws nl.steunpunt.api.common.ValidationException when the platform does not run in demo mode
   *     (the refusal is audited, nothing is stored), or a value is malformed
   * @since 1.0
   */
  AllowRequest allowForDevelopment(Actor actor, String symbolicName, String versionRange);

  /**
   * Takes a bundle off the allow-list: deletes every entry with its symbolic name.
   *
   * @param actor the operator
   * @param symbolicName the bundle's symbolic name
   * @return how many entries were deleted
   * @throws nl.steunpunt.api.common.NotFoundException when no entry names it
   */
  int disallow(Actor actor, String symbolicName);

  /**
   * Moves a partner's delivery cursor, so that delivery goes on with the first event after {@code
   * afterSequence} (backwards replays events, forwards skips them). Safe while delivery runs, on
   * any node: the deliverer notices the move at its next step and the event it is handling then is
   * not counted as delivered. Failures in a row and the back-off are cleared.
   *
   * @param actor the operator
   * @param partnerId the partner
   * @param afterSequence the sequence delivery restarts after: 0 for the whole log, at most the
   *     log's last sequence
   * @return where the cursor was; empty when the partner had none yet (it is created)
   * @throws nl.steunpunt.api.common.NotFoundException when the platform knows no such partner
   */
  OptionalLong replay(Actor actor, String partnerId, long afterSequence);
}
