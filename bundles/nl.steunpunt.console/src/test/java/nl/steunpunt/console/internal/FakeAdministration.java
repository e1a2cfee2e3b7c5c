package nl.steunpunt.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PartnerStatus;

/** A partner administration that answers as set, or fails, and keeps what it was asked. */
final class FakeAdministration implements PartnerAdministration {

  List<PartnerStatus> partners = List.of();
  RuntimeException failure;
  final List<Object> asked = new ArrayList<>();
  Actor actor;

  private void call(Actor actor, Object request) {
    this.actor = actor;
    asked.add(request);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public List<PartnerStatus> partners(Actor actor) {
    call(actor, "partners");
    return partners;
  }

  @Override
  public String grant(Actor actor, GrantRequest request) {
    call(actor, request);
    return "nl.steunpunt.partners.grant.1";
  }

  @Override
  public int revoke(Actor actor, String partnerId) {
    call(actor, "revoke " + partnerId);
    return 1;
  }

  @Override
  public AllowRequest allow(Actor actor, AllowRequest request) {
    call(actor, request);
    return request;
  }

  @Override
  public AllowRequest allowBundle(Actor actor, long bundleId) {
    call(actor, "allowBundle " + bundleId);
    return new AllowRequest("nl.steunpunt.partner.municipality", "[0.1.0,0.1.0]", "ab".repeat(32));
  }

  @Override
  public AllowRequest allowForDevelopment(Actor actor, String symbolicName, String versionRange) {
    call(actor, "dev " + symbolicName + " " + versionRange);
    return new AllowRequest(symbolicName, versionRange, null);
  }

  @Override
  public int disallow(Actor actor, String symbolicName) {
    call(actor, "disallow " + symbolicName);
    return 2;
  }

  @Override
  public OptionalLong replay(Actor actor, String partnerId, long afterSequence) {
    call(actor, "replay " + partnerId + " " + afterSequence);
    return OptionalLong.of(812);
  }
}
