package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivilegedAction;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

class ConsoleActorTest {

  private static Subject subject(String user, String... roles) {
    Subject subject = new Subject();
    subject.getPrincipals().add(new UserPrincipal(user));
    subject.getPrincipals().add(new GroupPrincipal("operators"));
    for (String role : roles) {
      subject.getPrincipals().add(new RolePrincipal(role));
    }
    return subject;
  }

  @Test
  void theOperatorOfTheConsoleIsAnActorOfTheConsoleChannel() {
    Actor actor =
        ConsoleActor.of(subject("op", "operator", "org:steunpunt", "admin", "ssh")).orElseThrow();

    assertThat(actor.user()).isEqualTo("op");
    assertThat(actor.roles()).containsExactly(Role.OPERATOR);
    assertThat(actor.organisation()).isEqualTo(Organisation.CENTRE);
    assertThat(actor.channel()).isEqualTo(Channel.CONSOLE);
  }

  @Test
  void aUserWithoutASingleValidOrganisationIsNoActor() {
    assertThat(ConsoleActor.of(subject("karaf", "admin", "manager", "viewer"))).isEmpty();
    assertThat(ConsoleActor.of(subject("x", "operator", "org:steunpunt", "org:police"))).isEmpty();
    assertThat(ConsoleActor.of(subject("x", "operator", "org:Not Valid"))).isEmpty();
  }

  @Test
  void withoutASubjectOrUserThereIsNoActor() {
    Subject anonymous = new Subject();
    anonymous.getPrincipals().add(new RolePrincipal("org:steunpunt"));

    assertThat(ConsoleActor.of(null)).isEmpty();
    assertThat(ConsoleActor.of(anonymous)).isEmpty();
    assertThat(ConsoleActor.toActor(" ", List.of("org:steunpunt"))).isEmpty();
  }

  @Test
  void theCurrentActorIsThatOfTheSubjectTheCommandRunsAs() {
    Optional<Actor> actor =
        Subject.doAs(
            subject("op", "operator", "org:steunpunt"),
            (PrivilegedAction<Optional<Actor>>) ConsoleActor::current);

    assertThat(actor).map(Actor::user).contains("op");
  }

  @Test
  void outsideASubjectThereIsNoCurrentActor() {
    assertThat(ConsoleActor.current()).isEmpty();
  }
}
