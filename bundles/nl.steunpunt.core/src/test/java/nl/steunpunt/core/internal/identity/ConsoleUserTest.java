package nl.steunpunt.core.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivilegedAction;
import java.time.Duration;
import java.util.Optional;
import javax.security.auth.Subject;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.Actors;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

/** The console's actor comes from the JAAS subject the shell runs the command under. */
class ConsoleUserTest {

  private final Actors actors = new Actors();
  private final JaasAuthenticator authenticator =
      new JaasAuthenticator("karaf", Duration.ZERO, actors, id -> Optional.empty(), what -> false);

  private static Subject subject(String user, String... roles) {
    Subject subject = new Subject();
    subject.getPrincipals().add(new UserPrincipal(user));
    subject.getPrincipals().add(new GroupPrincipal("operators"));
    for (String role : roles) {
      subject.getPrincipals().add(new RolePrincipal(role));
    }
    return subject;
  }

  private Optional<Actor> as(Subject subject) {
    return Subject.doAs(subject, (PrivilegedAction<Optional<Actor>>) authenticator::consoleUser);
  }

  @Test
  void theOperatorOfTheConsoleIsAPlatformActorOfTheConsoleChannel() {
    Actor actor = as(subject("op", "operator", "org:steunpunt", "admin", "ssh")).orElseThrow();

    assertThat(actor.user()).isEqualTo("op");
    assertThat(actor.roles()).containsExactly(Role.OPERATOR);
    assertThat(actor.organisation()).isEqualTo(Organisation.CENTRE);
    assertThat(actor.channel()).isEqualTo(Channel.CONSOLE);
    assertThat(actors.refusal(actor)).isEmpty();
  }

  @Test
  void aUserWithoutASingleValidOrganisationIsNoActor() {
    assertThat(as(subject("karaf", "admin", "manager", "viewer"))).isEmpty();
    assertThat(as(subject("x", "operator", "org:steunpunt", "org:police"))).isEmpty();
    assertThat(as(subject("x", "operator", "org:Not Valid"))).isEmpty();
  }

  @Test
  void withoutASubjectOrUserThereIsNoActor() {
    Subject anonymous = new Subject();
    anonymous.getPrincipals().add(new RolePrincipal("org:steunpunt"));

    assertThat(authenticator.consoleUser()).isEmpty();
    assertThat(as(anonymous)).isEmpty();
  }

  @Test
  void codeOutsideThePlatformGetsNoActorFromASubjectItMadeItselfAndIsReported() {
    java.util.List<String> reported = new java.util.ArrayList<>();
    JaasAuthenticator calledByAnOutsider =
        new JaasAuthenticator(
            "karaf", Duration.ZERO, actors, id -> Optional.empty(), what -> reported.add(what));

    Optional<Actor> actor =
        Subject.doAs(
            subject("otto", "operator", "team-lead", "org:steunpunt"),
            (PrivilegedAction<Optional<Actor>>) calledByAnOutsider::consoleUser);

    assertThat(actor).isEmpty();
    assertThat(reported).containsExactly("Authenticator.consoleUser");
  }

  @Test
  void noPartnerCallIsOpenedForABundleThatIsNoGrantedPartner() {
    Actor op = as(subject("op", "operator", "org:steunpunt")).orElseThrow();

    assertThat(authenticator.partnerCall(op, 42)).isEmpty();
  }
}
