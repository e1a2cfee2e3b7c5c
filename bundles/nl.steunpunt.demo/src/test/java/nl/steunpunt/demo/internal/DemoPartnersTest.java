package nl.steunpunt.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.security.auth.Subject;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.Authenticator.PartnerCall;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PartnerStatus;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class DemoPartnersTest {

  /** Records what the demo asks of the operator's administration (hand-written test double). */
  static final class RecordingAdministration implements PartnerAdministration {
    final List<AllowRequest> allowed = new ArrayList<>();
    final List<GrantRequest> granted = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();

    @Override
    public List<PartnerStatus> partners(Actor actor) {
      return List.of();
    }

    @Override
    public String grant(Actor actor, GrantRequest request) {
      actors.add(actor);
      granted.add(request);
      return "pid";
    }

    @Override
    public int revoke(Actor actor, String partnerId) {
      return 0;
    }

    @Override
    public AllowRequest allow(Actor actor, AllowRequest request) {
      actors.add(actor);
      allowed.add(request);
      return request;
    }

    @Override
    public AllowRequest allowBundle(Actor actor, long bundleId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AllowRequest allowForDevelopment(Actor actor, String symbolicName, String versionRange) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int disallow(Actor actor, String symbolicName) {
      return 0;
    }

    @Override
    public OptionalLong replay(Actor actor, String partnerId, long afterSequence) {
      return OptionalLong.empty();
    }
  }

  @TempDir Path system;

  private Path jar(String symbolicName, byte[] content) throws Exception {
    Path jar =
        system.resolve(
            "nl/steunpunt/"
                + symbolicName
                + "/0.1.0-SNAPSHOT/"
                + symbolicName
                + "-0.1.0-SNAPSHOT.jar");
    Files.createDirectories(jar.getParent());
    Files.write(jar, content);
    return jar;
  }

  @Test
  void eachShippedReferencePartnerIsAllowedByItsDigestAndGrantedAsTheDemoOperator()
      throws Exception {
    jar("nl.steunpunt.partner.municipality", new byte[] {1, 2, 3});
    jar("nl.steunpunt.partner.police", new byte[] {4});
    RecordingAdministration administration = new RecordingAdministration();

    int done =
        DemoPartners.provision(
            administration,
            new Actor.Issuer()
                .issue(
                    DemoPartners.SETUP_USER,
                    Set.of(Role.OPERATOR),
                    Organisation.CENTRE,
                    Channel.CONSOLE),
            system,
            new Version("0.1.0.SNAPSHOT"));

    assertThat(done).isEqualTo(2);
    assertThat(administration.allowed)
        .extracting(AllowRequest::symbolicName)
        .containsExactly("nl.steunpunt.partner.municipality", "nl.steunpunt.partner.police");
    assertThat(administration.allowed.get(0).versionRange())
        .isEqualTo("[0.1.0.SNAPSHOT,0.1.0.SNAPSHOT]");
    assertThat(administration.allowed.get(0).sha256())
        .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
    assertThat(administration.granted)
        .extracting(GrantRequest::partnerId)
        .containsExactly("gm0363", "police");
    assertThat(administration.actors).allMatch(actor -> actor.user().equals("demo-setup"));
  }

  @Test
  void theMunicipalityGrantReachesAmsterdamOnlyAndThePoliceGetNoTimeline() {
    GrantRequest municipality = DemoPartners.REFERENCE_PARTNERS.get(0).grant();
    GrantRequest police = DemoPartners.REFERENCE_PARTNERS.get(1).grant();

    assertThat(municipality.municipalities()).containsExactly("0363");
    assertThat(police.timeline()).isFalse();
    assertThat(police.categories()).hasSize(1);
  }

  @Test
  void theEvaluationGrantHoldsTheAggregatesAndNothingPersonLevel() {
    GrantRequest evaluation =
        DemoPartners.REFERENCE_PARTNERS.stream()
            .map(DemoPartners.ReferencePartner::grant)
            .filter(grant -> grant.partnerId().equals("evaluation"))
            .findFirst()
            .orElseThrow();

    assertThat(evaluation.kind()).isEqualTo(OrganisationKind.OTHER);
    assertThat(evaluation.purpose()).isEqualTo(Purpose.EVALUATION);
    assertThat(evaluation.categories()).containsExactly(DataCategory.EVALUATION_AGGREGATES);
    assertThat(evaluation.timeline()).isFalse();
  }

  /** Answers as the core does: from the JAAS subject the caller runs under, if any. */
  static final class SubjectAuthenticator implements Authenticator {
    Subject seen;

    @Override
    public Optional<Actor> authenticate(String user, char[] password, Channel channel) {
      return Optional.empty();
    }

    @Override
    public Actor onChannel(Actor actor, Channel channel) {
      throw new UnsupportedOperationException();
    }

    @Override
    @SuppressWarnings("removal")
    public Optional<Actor> consoleUser() {
      seen = Subject.getSubject(java.security.AccessController.getContext());
      return Optional.ofNullable(seen)
          .map(
              subject ->
                  new Actor.Issuer()
                      .issue(
                          subject.getPrincipals(UserPrincipal.class).iterator().next().getName(),
                          Set.of(Role.OPERATOR),
                          Organisation.CENTRE,
                          Channel.CONSOLE));
    }

    @Override
    public Optional<PartnerCall> partnerCall(Actor user, long bundleId) {
      return Optional.empty();
    }
  }

  @Test
  void theDemoActsAsTheConsoleUserDemoSetupWithTheOperatorsRolesOfTheCentre() {
    SubjectAuthenticator authenticator = new SubjectAuthenticator();

    Optional<Actor> setup = DemoPartners.setupUser(authenticator);

    assertThat(setup).map(Actor::user).hasValue("demo-setup");
    assertThat(authenticator.seen.getPrincipals(RolePrincipal.class))
        .extracting(RolePrincipal::getName)
        .containsExactlyInAnyOrder("operator", "org:steunpunt");
    assertThat(authenticator.seen.isReadOnly()).isTrue();
  }

  @Test
  void aBundleVersionHasItsMavenVersion() {
    assertThat(DemoPartners.maven(new Version("0.1.0.SNAPSHOT"))).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(DemoPartners.maven(new Version("1.2.3"))).isEqualTo("1.2.3");
  }
}
