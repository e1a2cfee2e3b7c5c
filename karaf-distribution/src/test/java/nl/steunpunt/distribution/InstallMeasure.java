package nl.steunpunt.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 1 of {@link PartnerBenchmark}: from {@code feature:install} over SSH to the partner's
 * listener caught up (it has the event recorded while it was away, the log's last) and its page
 * listed by {@code GET /api/v1/ui/extensions} for a counsellor. Baseline, alternating: the same
 * bundle as a granted partner without a listener, in a feature of its own, to its page listed.
 */
final class InstallMeasure {

  private final StaffSession staff;
  private final String trajectory;
  private final List<Double> caughtUp = new ArrayList<>();
  private final List<Double> partnerListed = new ArrayList<>();
  private final List<Double> partnerBoth = new ArrayList<>();
  private final List<Double> partnerSsh = new ArrayList<>();
  private final List<Double> uiListed = new ArrayList<>();
  private final List<Double> uiSsh = new ArrayList<>();

  InstallMeasure(StaffSession staff, String trajectory) {
    this.staff = staff;
    this.trajectory = trajectory;
  }

  String run(int rounds) throws Exception {
    // One unmeasured round: the first SSH session, the first resolution, and the partner's
    // cursor, which a partner seen for the first time gets at the end of the log.
    Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
    long first = PartnerBenchmark.recordEvent(staff, trajectory);
    PartnerBenchmark.await(() -> ListenerLog.lastSequence() >= first, 60, "the first event");
    uninstall(BenchPartnerBundle.PARTNER_FEATURE, BenchPartnerBundle.PARTNER_PAGE);
    ui();
    caughtUp.clear();
    partnerListed.clear();
    partnerBoth.clear();
    partnerSsh.clear();
    uiListed.clear();
    uiSsh.clear();
    for (int i = 0; i < rounds; i++) {
      partner();
      ui();
    }
    System.out.println(
        "install: caughtUp "
            + caughtUp
            + "\npartnerListed "
            + partnerListed
            + "\nuiListed "
            + uiListed);
    return String.join(
        "\n",
        "| from `feature:install` over SSH (" + rounds + " rounds) | median (ms) | p90 (ms) |",
        "|---|---:|---:|",
        row("partner feature: listener caught up **and** page listed", partnerBoth),
        row(
            "… listener caught up (has the log's last event, recorded while uninstalled)",
            caughtUp),
        row("… page listed by `GET /api/v1/ui/extensions` (counsellor)", partnerListed),
        row("… the SSH command returned", partnerSsh),
        row(
            "**baseline**: page-only feature (same bundle, granted, no listener): page listed",
            uiListed),
        row("**baseline**: … the SSH command returned", uiSsh),
        String.format(
            Locale.ROOT,
            "| ratio of medians, partner caught up and listed / baseline listed | %.2f | |",
            Stats.quantile(partnerBoth, 0.5) / Stats.quantile(uiListed, 0.5)));
  }

  private void partner() throws Exception {
    long last = PartnerBenchmark.recordEvent(staff, trajectory);
    long start = System.nanoTime();
    Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.PARTNER_FEATURE);
    partnerSsh.add(millis(start));
    double caught = -1;
    double listed = -1;
    long deadline = start + 30_000_000_000L;
    while (caught < 0 || listed < 0) {
      if (caught < 0 && ListenerLog.lastSequence() >= last) {
        caught = millis(start);
      }
      if (listed < 0 && PartnerBenchmark.listed(staff, BenchPartnerBundle.PARTNER_PAGE)) {
        listed = millis(start);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("partner not caught up and listed in 30 s");
      }
      Thread.sleep(2);
    }
    caughtUp.add(caught);
    partnerListed.add(listed);
    partnerBoth.add(Math.max(caught, listed));
    uninstall(BenchPartnerBundle.PARTNER_FEATURE, BenchPartnerBundle.PARTNER_PAGE);
  }

  private void ui() throws Exception {
    long start = System.nanoTime();
    Ssh.run("operator", "demo", "feature:install " + BenchPartnerBundle.UI_FEATURE);
    uiSsh.add(millis(start));
    PartnerBenchmark.await(
        () -> PartnerBenchmark.listed(staff, BenchPartnerBundle.UI_PAGE), 30, "the UI page");
    uiListed.add(millis(start));
    uninstall(BenchPartnerBundle.UI_FEATURE, BenchPartnerBundle.UI_PAGE);
  }

  private void uninstall(String feature, String page) throws Exception {
    Ssh.run("operator", "demo", "feature:uninstall " + feature);
    PartnerBenchmark.await(
        () -> !PartnerBenchmark.listed(staff, page), 30, "the page to disappear");
  }

  private static String row(String what, List<Double> values) {
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.0f |",
        what,
        Stats.quantile(values, 0.5),
        Stats.quantile(values, 0.9));
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
