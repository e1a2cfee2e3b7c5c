package nl.steunpunt.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A family the demo counsellor takes in for a test. {@link Steunpunt#newFamily()} makes it so that
 * each kind of demo partner has its tie to it: it lives in Amsterdam (municipality 0363) with
 * GM0363 among the trajectory's partners, its trajectory is in SUPPORT (a municipality partner sees
 * SUPPORT and AFTERCARE only), and its one member, a parent, is referred to {@code therapy-demo}
 * with written consent (a therapy partner sees referred members only). A police partner has no tie
 * to any family; an OTHER partner no tie at all, only what its grant's categories give. {@link
 * Steunpunt#newFamilyOutsideEveryTie()} makes its counterpart: in Utrecht (0344), trajectory in
 * CONTACT, no partner, no referral, so no demo partner's tie reaches it.
 */
public final class DemoFamily {

  private final Staff counsellor;
  private final String id;
  private final String trajectoryId;
  private final String memberId;

  private DemoFamily(Staff counsellor, String id, String trajectoryId, String memberId) {
    this.counsellor = counsellor;
    this.id = id;
    this.trajectoryId = trajectoryId;
    this.memberId = memberId;
  }

  /** The family's id. */
  public String id() {
    return id;
  }

  /** Its trajectory's id. */
  public String trajectoryId() {
    return trajectoryId;
  }

  /** Its one member's id: a parent (referred to {@code therapy-demo} if the family is tied). */
  public String memberId() {
    return memberId;
  }

  static DemoFamily takeIn(Staff counsellor, boolean tied) {
    String family =
        created(
                counsellor.post(
                    "/api/v1/families",
                    "{\"municipality\":\""
                        + (tied ? "0363" : "0344")
                        + "\",\"languages\":[\"nl\"],\"background\":\"NOT_RECORDED\"}"),
                "take in a family")
            .json()
            .path("id")
            .asText();
    Reply trajectory =
        Staff.expect(
            200, counsellor.get("/api/v1/families/" + family + "/trajectory"), "its trajectory");
    String trajectoryId = trajectory.json().path("id").asText();
    String member = addParent(counsellor, family);
    if (tied) {
      tie(counsellor, trajectoryId, trajectory.etag(), member);
    }
    return new DemoFamily(counsellor, family, trajectoryId, member);
  }

  private static String addParent(Staff counsellor, String family) {
    return created(
            counsellor.post(
                "/api/v1/families/" + family + "/members",
                "{\"role\":\"PARENT\",\"givenName\":\"Testouder\",\"birthYear\":"
                    + (Year.now().getValue() - 50)
                    + ",\"languages\":[\"nl\"],\"whereabouts\":\"AT_HOME_NL\"}"),
            "a parent")
        .json()
        .path("id")
        .asText();
  }

  /** GM0363 among the trajectory's partners, the trajectory in SUPPORT, the parent referred. */
  private static void tie(Staff counsellor, String trajectoryId, String etag, String member) {
    Reply partners =
        Staff.expect(
            200,
            counsellor.send(
                "PUT",
                "/api/v1/trajectories/" + trajectoryId + "/partners",
                "{\"partners\":[\"GM0363\"]}",
                etag),
            "GM0363 among its partners");
    Staff.expect(
        200,
        counsellor.send(
            "POST",
            "/api/v1/trajectories/" + trajectoryId + "/phase",
            "{\"phase\":\"SUPPORT\"}",
            partners.etag()),
        "the trajectory in SUPPORT");
    created(
        counsellor.post(
            "/api/v1/trajectories/" + trajectoryId + "/referrals",
            "{\"memberId\":\""
                + member
                + "\",\"organisation\":\"therapy-demo\",\"consent\":{\"by\":\"MEMBER\",\"givenOn\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"form\":\"WRITTEN\"}}"),
        "the parent referred to therapy-demo");
  }

  /**
   * Records an event about the parent as the demo counsellor, as a minute ago.
   *
   * @param type a recordable event type, e.g. {@code SESSION_HELD}
   * @return its sequence, for {@link Partner#awaitDelivery}
   */
  public long recordEvent(String type) {
    return created(
            counsellor.post(
                "/api/v1/trajectories/" + trajectoryId + "/events",
                "{\"type\":\""
                    + type
                    + "\",\"memberId\":\""
                    + memberId
                    + "\",\"occurredAt\":\""
                    + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)
                    + "\"}"),
            "record " + type)
        .json()
        .path("sequence")
        .asLong();
  }

  private static Reply created(Reply reply, String what) {
    return Staff.expect(201, reply, what);
  }
}
