package nl.steunpunt.core.internal.access;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.BreakGlass;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.core.internal.validation.Check;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Break-glass: a counsellor or team lead opens a family outside their relationship, for a stated
 * reason and a limited time; the privacy officer reviews every use.
 */
@Component(service = AccessService.class, configurationPid = "nl.steunpunt.access")
@Designate(ocd = CoreAccessService.Config.class)
public final class CoreAccessService implements AccessService {

  @ObjectClassDefinition(
      name = "Steunpunt access",
      description = "Break-glass: how long an emergency opening of a family lasts.")
  public @interface Config {
    @AttributeDefinition(
        name = "Break-glass minutes",
        description = "How long break-glass access lasts before it ends by itself.",
        min = "5",
        max = "1440")
    int breakGlassMinutes() default 240;
  }

  static final int MAX_TEXT = 500;

  private static final Logger LOG = LoggerFactory.getLogger(CoreAccessService.class);

  private final Cases cases;
  private volatile Duration window;

  @Activate
  public CoreAccessService(@Reference Cases cases, Config config) {
    this(cases, windowOf(config));
  }

  public CoreAccessService(Cases cases, Duration window) {
    this.cases = cases;
    this.window = window;
  }

  /**
   * A new break-glass time from Configuration Admin, for the uses opened after this; an open use
   * keeps its end. The service stays registered, so nothing that holds it is made anew.
   */
  @Modified
  void modified(Config config) {
    window = windowOf(config);
    LOG.info("Break-glass uses opened from now on last {}", window);
  }

  /** The configured minutes, held to the metatype's range of 5 to 1440. */
  private static Duration windowOf(Config config) {
    return Duration.ofMinutes(Math.max(5, Math.min(1440, config.breakGlassMinutes())));
  }

  @Override
  public BreakGlass breakGlass(Actor actor, UUID familyId, String reason) {
    checkReason(new Check(), reason).done();
    return cases.run(
        actor,
        g -> {
          mayBreakTheGlass(g, actor);
          g.session()
              .families()
              .find(familyId)
              .filter(CoreAccessService::notErased)
              .orElseThrow(() -> new NotFoundException("family", familyId));
          return open(g, actor, familyId, reason);
        });
  }

  @Override
  public BreakGlass breakGlass(Actor actor, String reference, String reason) {
    Check check = new Check();
    if (check.present(reference, "reference")) {
      check.that(!reference.isBlank(), "reference", "must not be blank");
    }
    checkReason(check, reason).done();
    // References are written in capitals; staff may type them otherwise.
    String wanted = reference.strip().toUpperCase(Locale.ROOT);
    return cases.run(
        actor,
        g -> {
          mayBreakTheGlass(g, actor);
          Family family =
              g.session()
                  .families()
                  .findByReference(wanted)
                  .filter(CoreAccessService::notErased)
                  .orElseThrow(() -> new NotFoundException("family", "with this reference"));
          return open(g, actor, family.id(), reason);
        });
  }

  /** An erased family cannot be opened: nothing personal is left to see. */
  private static boolean notErased(Family family) {
    return family.status() != nl.steunpunt.api.family.FamilyStatus.ERASED;
  }

  private static Check checkReason(Check check, String reason) {
    if (check.present(reason, "reason")) {
      check.that(!reason.isBlank(), "reason", "must not be blank");
      check.that(reason.length() <= MAX_TEXT, "reason", "at most " + MAX_TEXT + " characters");
    }
    return check;
  }

  private static void mayBreakTheGlass(Gate g, Actor actor) {
    if (!actor.has(Role.COUNSELLOR) && !actor.has(Role.TEAM_LEAD)) {
      throw g.forbid(Action.BREAK_GLASS, DataCategory.IDENTITY, "family");
    }
  }

  /** Answers the actor's open use on the family, or opens one and audits it. */
  private BreakGlass open(Gate g, Actor actor, UUID familyId, String reason) {
    var s = g.session();
    Optional<BreakGlass> open = s.breakGlass().openFor(actor.user(), familyId, g.now());
    if (open.isPresent()) {
      return open.get();
    }
    BreakGlass use =
        new BreakGlass(
            UUID.randomUUID(),
            familyId,
            actor.user(),
            actor.organisation().id(),
            reason.strip(),
            g.now(),
            g.now().plus(window),
            Optional.empty());
    s.breakGlass().insert(use);
    g.record(
        Action.BREAK_GLASS,
        DataCategory.IDENTITY,
        "family",
        familyId,
        familyId,
        Purpose.EMERGENCY,
        Optional.of(use.id()),
        Optional.empty());
    return use;
  }

  @Override
  public Page<BreakGlass> uses(Actor actor, boolean unreviewedOnly, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          g.allow(Action.READ, DataCategory.AUDIT, "break-glass", Optional.empty());
          return g.session().breakGlass().list(unreviewedOnly, page);
        });
  }

  @Override
  public BreakGlass review(Actor actor, UUID id, boolean justified, String remark) {
    Check check = new Check();
    if (check.present(remark, "remark")) {
      check.that(remark.length() <= MAX_TEXT, "remark", "at most " + MAX_TEXT + " characters");
    }
    check.done();
    return cases.run(
        actor,
        g -> {
          g.allow(Action.READ, DataCategory.AUDIT, "break-glass", Optional.of(id.toString()));
          var s = g.session();
          BreakGlass use =
              s.breakGlass().find(id).orElseThrow(() -> new NotFoundException("break-glass", id));
          BreakGlass.Review review =
              new BreakGlass.Review(justified, remark.strip(), actor.user(), g.now());
          if (!s.breakGlass().review(id, review)) {
            throw new ConflictException("This use of break-glass was reviewed already.");
          }
          g.record(
              Action.REVIEW,
              DataCategory.AUDIT,
              "break-glass",
              id,
              use.familyId(),
              Purpose.PRIVACY_SUPERVISION,
              Optional.of(id),
              Optional.of(justified ? "justified" : "not justified"));
          return new BreakGlass(
              use.id(),
              use.familyId(),
              use.user(),
              use.organisation(),
              use.reason(),
              use.openedAt(),
              use.expiresAt(),
              Optional.of(review));
        });
  }
}
