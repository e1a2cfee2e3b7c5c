package nl.steunpunt.console.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.steunpunt.api.platform.PartnerStatus;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * The text of {@code steunpunt:partners}: a table ({@link ShellTable}), or the detail per partner.
 */
final class PartnerTable {

  static final String NONE = "-";
  static final String NO_PARTNERS = "No partners: no grant, no partner bundle, no delivery cursor.";
  private static final int ERROR_WIDTH = 60;

  private PartnerTable() {}

  /** The table, or in plain text for scripts ({@code format} false: no header, tabs). */
  static String table(List<PartnerStatus> partners, boolean format) {
    if (partners.isEmpty()) {
      return NO_PARTNERS;
    }
    ShellTable table = Tables.table();
    table.column("PARTNER");
    table.column("KIND");
    table.column("BUNDLE (STATE)");
    table.column("ALLOW-LIST");
    table.column("GRANT");
    table.column("CURSOR/LAST");
    table.column("BACKLOG").alignRight();
    table.column("FAILURES").alignRight();
    table.column("LAST ERROR");
    for (PartnerStatus p : partners) {
      Optional<PartnerStatus.Delivery> d = p.delivery();
      table
          .addRow()
          .addContent(
              p.partnerId(),
              p.kind().map(Enum::name).orElse(NONE),
              joined(p, b -> b.symbolicName() + " " + b.version() + " (" + b.state() + ")"),
              joined(p, PartnerTable::allowList),
              grant(p.grant()),
              d.map(x -> x.cursor() + "/" + x.lastSequence()).orElse(NONE),
              d.map(x -> "<=" + x.backlog()).orElse(NONE),
              d.map(x -> String.valueOf(x.failures())).orElse(NONE),
              d.flatMap(PartnerStatus.Delivery::lastError).map(PartnerTable::cut).orElse(NONE));
    }
    return Tables.text(table, format);
  }

  /** A dev-loop entry (demo mode only, any jar) is named as such: the operator must see it. */
  private static String allowList(PartnerStatus.PartnerBundle bundle) {
    if (!bundle.allowed()) {
      return "REFUSED";
    }
    return bundle.verdict().startsWith("allowed for the dev loop") ? "dev loop" : "allowed";
  }

  static String detail(List<PartnerStatus> partners) {
    if (partners.isEmpty()) {
      return NO_PARTNERS;
    }
    StringBuilder out = new StringBuilder();
    for (PartnerStatus p : partners) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(p.partnerId())
          .append("  kind ")
          .append(p.kind().map(Enum::name).orElse(NONE))
          .append(", purpose ")
          .append(p.purpose().map(Enum::name).orElse(NONE))
          .append('\n');
      out.append("  grant     ").append(grantDetail(p.grant())).append('\n');
      if (p.bundles().isEmpty()) {
        out.append("  bundle    none installed\n");
      }
      for (PartnerStatus.PartnerBundle b : p.bundles()) {
        out.append("  bundle    ")
            .append(b.bundleId())
            .append(' ')
            .append(b.symbolicName())
            .append(' ')
            .append(b.version())
            .append(' ')
            .append(b.state())
            .append(": ")
            .append(Answers.oneLine(b.verdict()))
            .append(b.acting() ? ", acting for the partner" : ", not acting")
            .append('\n');
      }
      out.append("  delivery  ").append(deliveryDetail(p.delivery())).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String grant(Optional<PartnerStatus.Grant> grant) {
    if (grant.isEmpty()) {
      return "none";
    }
    PartnerStatus.Grant g = grant.get();
    if (g.duplicates() > 0) {
      return (g.duplicates() + 1) + " GRANTS";
    }
    return g.valid() ? "yes" : "INVALID";
  }

  private static String grantDetail(Optional<PartnerStatus.Grant> grant) {
    if (grant.isEmpty()) {
      return "none";
    }
    PartnerStatus.Grant g = grant.get();
    StringBuilder out = new StringBuilder(g.pid());
    if (!g.valid()) {
      out.append(": INVALID, ").append(Answers.oneLine(g.problem().orElse("")));
    } else {
      out.append(": organisation ")
          .append(g.organisation().orElse(NONE))
          .append(", municipalities ")
          .append(sorted(g.municipalities().stream().toList()))
          .append(", categories ")
          .append(sorted(g.categories().stream().map(Enum::name).toList()))
          .append(", timeline ")
          .append(g.timeline() ? "yes" : "no")
          .append(", from start ")
          .append(g.fromStart() ? "yes" : "no");
    }
    if (g.duplicates() > 0) {
      out.append(" (and ")
          .append(g.duplicates())
          .append(" more: none applies; revoke and grant again)");
    }
    return out.toString();
  }

  private static String deliveryDetail(Optional<PartnerStatus.Delivery> delivery) {
    if (delivery.isEmpty()) {
      return "never started (no cursor)";
    }
    PartnerStatus.Delivery d = delivery.get();
    return (d.running() ? "running here" : "not running here")
        + ", lease "
        + d.leaseOwner().orElse("none")
        + "; cursor "
        + d.cursor()
        + " of "
        + d.lastSequence()
        + ", backlog at most "
        + d.backlog()
        + "; failures in a row "
        + d.failures()
        + d.nextAttempt().map(Instant::toString).map(t -> ", next attempt " + t).orElse("")
        + d.lastError().map(e -> "\n  last error " + Answers.oneLine(e)).orElse("");
  }

  private static String joined(
      PartnerStatus p, java.util.function.Function<PartnerStatus.PartnerBundle, String> text) {
    return p.bundles().isEmpty()
        ? NONE
        : p.bundles().stream().map(text).collect(Collectors.joining(", "));
  }

  private static String sorted(List<String> values) {
    return values.isEmpty() ? NONE : values.stream().sorted().collect(Collectors.joining(" "));
  }

  private static String cut(String error) {
    String line = Answers.oneLine(error);
    return line.length() > ERROR_WIDTH ? line.substring(0, ERROR_WIDTH - 3) + "..." : line;
  }
}
