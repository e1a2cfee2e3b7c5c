package nl.steunpunt.api.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the people who use Steunpunt. A user may hold several. What each role may see is
 * decided by the platform's one access policy, never by the role name alone.
 *
 * <p>Each role has a stable {@linkplain #roleName() role name}: the name used in the login realm
 * (JAAS role principal) and in JSON.
 *
 * @since 0.1
 */
public enum Role {
  /** A counsellor or specialist of the centre: works on the families of their team. */
  COUNSELLOR("counsellor"),
  /** The centre's team lead: assignments, overview, approves overrides. */
  TEAM_LEAD("team-lead"),
  /** An officer of a municipality: families of that municipality in a full trajectory. */
  MUNICIPALITY_OFFICER("municipality-officer"),
  /** The police liaison officer: security reports addressed to the police. */
  POLICE_LIAISON("police-liaison"),
  /** A therapist of a therapy partner: the members referred to them. */
  THERAPIST("therapist"),
  /** The programme evaluator: aggregates only, never a person. */
  EVALUATOR("evaluator"),
  /** The privacy officer: the audit log, break-glass reviews, data subject requests. */
  PRIVACY_OFFICER("privacy-officer"),
  /** The operator: installs and configures bundles; sees no case content. */
  OPERATOR("operator");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /**
   * Returns the stable name of this role, as used in the login realm and in JSON.
   *
   * @return the role name, e.g. {@code team-lead}
   */
  public String roleName() {
    return roleName;
  }

  /**
   * Returns the purpose for which this role uses data: the purpose the access policy records in the
   * audit log when this role grants an access, and the purpose a {@code UiExtension} can ask for.
   *
   * @return the purpose, never null
   * @since 0.1
   */
  public Purpose purpose() {
    switch (this) {
      case COUNSELLOR:
      case TEAM_LEAD:
        return Purpose.CARE;
      case MUNICIPALITY_OFFICER:
        return Purpose.MUNICIPAL_SUPPORT;
      case POLICE_LIAISON:
        return Purpose.SECURITY_REPORTING;
      case THERAPIST:
        return Purpose.THERAPY;
      case EVALUATOR:
        return Purpose.EVALUATION;
      case PRIVACY_OFFICER:
        return Purpose.PRIVACY_SUPERVISION;
      case OPERATOR:
      default:
        return Purpose.OPERATIONS;
    }
  }

  /**
   * Finds the role with the given stable name.
   *
   * @param roleName a role name such as {@code counsellor}
   * @return the role, or empty when the name is not a Steunpunt role
   */
  public static Optional<Role> fromRoleName(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }
}
