package nl.steunpunt.distribution;

import java.util.Locale;

/**
 * What one database's crash test counted: kills, what the platform acknowledged, what of it was
 * gone after the last restart, and whether the audit log's hash chain verified.
 *
 * @param unauditedReads reads answered with data for which no audit entry was found
 * @param chain the verification's answer, as JSON
 */
record CrashTotals(
    String database,
    int kills,
    int families,
    int events,
    int reads,
    int lostFamilies,
    int lostEvents,
    int unauditedReads,
    boolean chainIntact,
    String chain,
    double seconds) {

  int acknowledgedWrites() {
    return families + events;
  }

  int lost() {
    return lostFamilies + lostEvents + unauditedReads;
  }

  static String tableHeader() {
    return "| Database | Kills | Acknowledged writes (families + events) | Reads answered with data"
        + " | Lost writes | Reads without audit entry | Chain | Time |\n"
        + "|---|---:|---:|---:|---:|---:|---|---:|";
  }

  String tableRow() {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d (%d + %d) | %d | %d | %d | %s | %.0f s |",
        database,
        kills,
        acknowledgedWrites(),
        families,
        events,
        reads,
        lostFamilies + lostEvents,
        unauditedReads,
        chainIntact ? "intact" : "broken",
        seconds);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d kills, %d acknowledged writes (%d families, %d events), %d reads; lost %d"
            + " families, %d events, %d reads without audit entry; chain %s; %.0f s",
        database,
        kills,
        acknowledgedWrites(),
        families,
        events,
        reads,
        lostFamilies,
        lostEvents,
        unauditedReads,
        chain,
        seconds);
  }
}
