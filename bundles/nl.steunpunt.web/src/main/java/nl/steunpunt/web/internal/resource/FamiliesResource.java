package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import java.util.Optional;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.trajectory.CaseFile;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.http.Versions;
import nl.steunpunt.web.internal.resource.dto.CaseFileJson;
import nl.steunpunt.web.internal.resource.dto.FamilyJson;
import nl.steunpunt.web.internal.resource.dto.FamilyRequest;
import nl.steunpunt.web.internal.resource.dto.FamilySearchQuery;
import nl.steunpunt.web.internal.resource.dto.MemberJson;
import nl.steunpunt.web.internal.resource.dto.NewMemberRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;
import nl.steunpunt.web.internal.resource.dto.TrajectoryJson;

/** Families, their members and their trajectory, under {@code /api/v1/families}. */
final class FamiliesResource {

  static final String BASE = "/api/v1/families";

  private final FamilyService families;
  private final TrajectoryService trajectories;

  FamiliesResource(FamilyService families, TrajectoryService trajectories) {
    this.families = families;
    this.trajectories = trajectories;
  }

  ApiRoutes routes() {
    return new ApiRoutes()
        .get(BASE, this::search)
        .post(BASE, this::create)
        .get(BASE + "/{id}", this::read)
        .put(BASE + "/{id}", this::update)
        .get(BASE + "/{id}/members", this::members)
        .post(BASE + "/{id}/members", this::addMember)
        .get(BASE + "/{id}/trajectory", this::trajectory)
        .get(BASE + "/{id}/case-file", this::caseFile);
  }

  private void search(Exchange exchange) throws IOException {
    FamilySearchQuery query =
        new FamilySearchQuery(
            exchange.query("reference"),
            exchange.query("municipality"),
            exchange.query("phase"),
            exchange.query("whereabouts"),
            exchange.query("q"));
    var search = query.toSearch();
    var page = exchange.page();
    Page<Family> found =
        search.phase().isPresent()
            ? trajectories.familiesInPhase(
                exchange.actor(), search.phase().get(), search.families(), page)
            : families.search(exchange.actor(), search.families(), page);
    exchange.ok(PageJson.of(found, FamilyJson::of));
  }

  private void create(Exchange exchange) throws IOException {
    FamilyRequest request = exchange.body(FamilyRequest.class);
    Family created = families.create(exchange.actor(), request.toNew());
    exchange.created(
        FamilyJson.of(created), created.version(), Optional.of(BASE + "/" + created.id()));
  }

  private void read(Exchange exchange) throws IOException {
    Family family = find(exchange);
    exchange.ok(FamilyJson.of(family), family.version());
  }

  private void update(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    FamilyRequest request = exchange.body(FamilyRequest.class);
    Versions.require(expected, find(exchange).version());
    Family changed =
        families.update(exchange.actor(), exchange.id(), expected, request.toChanges());
    exchange.ok(FamilyJson.of(changed), changed.version());
  }

  private void members(Exchange exchange) throws IOException {
    exchange.ok(
        families.members(exchange.actor(), exchange.id()).stream().map(MemberJson::of).toList());
  }

  private void addMember(Exchange exchange) throws IOException {
    NewMemberRequest request = exchange.body(NewMemberRequest.class);
    Member added = families.addMember(exchange.actor(), exchange.id(), request.toNew());
    exchange.created(MemberJson.of(added), added.version(), Optional.empty());
  }

  private void trajectory(Exchange exchange) throws IOException {
    Trajectory trajectory =
        trajectories
            .ofFamily(exchange.actor(), exchange.id())
            .orElseThrow(FamiliesResource::notFound);
    exchange.ok(TrajectoryJson.of(trajectory), trajectory.version());
  }

  /** The family page's first read: one request, one transaction, one commit of its audit. */
  private void caseFile(Exchange exchange) throws IOException {
    CaseFile file =
        trajectories
            .caseFile(exchange.actor(), exchange.id())
            .orElseThrow(FamiliesResource::notFound);
    exchange.ok(CaseFileJson.of(file));
  }

  private Family find(Exchange exchange) {
    return families.find(exchange.actor(), exchange.id()).orElseThrow(FamiliesResource::notFound);
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The record does not exist, or you may not see it.");
  }
}
