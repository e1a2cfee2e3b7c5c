package nl.steunpunt.api.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Purpose;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A partner bundle's way into the platform. The core registers it as a bundle-scoped service: each
 * bundle that gets it from the service registry gets its own, bound to the partner the bundle acts
 * for. A bundle that is not on the operator's allow-list gets none.
 *
 * <p>Every call is made for an {@link Actor} the platform issued to this bundle: the staff user of
 * the request the bundle is serving ({@link PartnerHttp#ACTOR_ATTRIBUTE}, valid until that request
 * ends), or the partner itself ({@link #self()}) in listener and background work. It is limited to
 * the partner's grant intersected with that user's rights: a partner never sees more than its
 * grant, and never more than its user. An actor the bundle built, kept from an earlier request, or
 * got for another channel is refused with {@link nl.steunpunt.api.common.AccessDeniedException},
 * and the attempt is audited. Every call is audited, naming the partner bundle and its version as
 * the channel.
 *
 * <p><b>The case services.</b> A partner bundle does not see the platform's case services in the
 * service registry. It reaches them through {@link #service}: the same interfaces, whose every call
 * runs through this bundle's channel, so the access policy gives the user's rights intersected with
 * the partner's grant, and the kind of partner decides which of the user's ties to a family count
 * (a municipality partner: the municipality's families in a full trajectory; a therapy partner: the
 * members referred to its organisation; the police: the reports addressed to them).
 *
 * <p><b>Records.</b> A partner keeps its own JSON documents about a family, member, trajectory or
 * report ({@link PartnerRecord}). They are visible only to the partner that made them, and only for
 * subjects its user may see; they are erased with the family's data.
 *
 * @since 0.1
 */
@ProviderType
public interface PartnerContext {

  /** The largest record document accepted: 64 KiB in UTF-8. */
  int MAX_RECORD_BYTES = 64 * 1024;

  /**
   * The partner this context acts for.
   *
   * @return the partner id, as declared by the bundle and granted by the operator
   */
  String partnerId();

  /**
   * The partner's kind of organisation.
   *
   * @return the kind
   */
  OrganisationKind kind();

  /**
   * Why the partner uses the data; recorded with every audit entry of its calls.
   *
   * @return the purpose
   */
  Purpose purpose();

  /**
   * The partner itself, for work outside a staff user's request (a listener, a timer): an actor
   * with no user and no role, on this bundle's channel, valid as long as this context is held. As
   * no user's rights take part, it reaches nothing of a family through the case services; what a
   * partner gets without a user is what the platform delivers to its {@link TrajectoryListener}.
   *
   * @return the partner's own actor
   * @since 0.3
   */
  Actor self();

  /**
   * A case service of the platform as this partner may use it. Every call made through it runs on
   * this bundle's channel, for an actor the platform issued to this bundle (see above), so it is
   * limited to the partner's grant and audited with the bundle's name and version.
   *
   * @param <S> the service type
   * @param type {@link nl.steunpunt.api.family.FamilyService}, {@link
   *     nl.steunpunt.api.trajectory.TrajectoryService}, {@link
   *     nl.steunpunt.api.report.ReportService} or, for an evaluation partner, {@link
   *     nl.steunpunt.api.evaluation.EvaluationService}
   * @return the service, for as long as this context is held
   * @throws IllegalArgumentException for any other type
   * @throws nl.steunpunt.api.common.UnavailableException when the platform's service is gone
   */
  <S> S service(Class<S> type);

  /**
   * Creates a record about a subject.
   *
   * @param actor the user the partner acts for
   * @param subject what the record is about; the user and the partner must be allowed to see it
   * @param json a JSON object, at most {@link #MAX_RECORD_BYTES} bytes in UTF-8
   * @return the record, at version 1
   * @throws nl.steunpunt.api.common.ValidationException when the document is not a JSON object or
   *     too large
   * @throws nl.steunpunt.api.common.NotFoundException when the subject does not exist or is out of
   *     reach
   * @throws nl.steunpunt.api.common.AccessDeniedException when the partner or user may never do
   *     this
   */
  PartnerRecord create(Actor actor, RecordSubject subject, String json);

  /**
   * Reads one of the partner's records.
   *
   * @param actor the user the partner acts for
   * @param id the record's id
   * @return the record, or empty when it does not exist, is another partner's, or is about a
   *     subject out of reach
   */
  Optional<PartnerRecord> find(Actor actor, UUID id);

  /**
   * The partner's records about a subject, oldest first.
   *
   * @param actor the user the partner acts for
   * @param subject the subject
   * @return the records; empty when there are none or the subject is out of reach
   */
  List<PartnerRecord> of(Actor actor, RecordSubject subject);

  /**
   * Replaces a record's document.
   *
   * @param actor the user the partner acts for
   * @param id the record's id
   * @param expectedVersion the version read
   * @param json the new document, a JSON object of at most {@link #MAX_RECORD_BYTES} bytes
   * @return the record at its next version
   * @throws nl.steunpunt.api.common.NotFoundException when the record is not found (as in {@link
   *     #find})
   * @throws nl.steunpunt.api.common.ConflictException when the record changed since that version
   * @throws nl.steunpunt.api.common.ValidationException when the document is not valid
   */
  PartnerRecord update(Actor actor, UUID id, long expectedVersion, String json);

  /**
   * Deletes a record.
   *
   * @param actor the user the partner acts for
   * @param id the record's id
   * @param expectedVersion the version read
   * @throws nl.steunpunt.api.common.NotFoundException when the record is not found (as in {@link
   *     #find})
   * @throws nl.steunpunt.api.common.ConflictException when the record changed since that version
   */
  void delete(Actor actor, UUID id, long expectedVersion);
}
