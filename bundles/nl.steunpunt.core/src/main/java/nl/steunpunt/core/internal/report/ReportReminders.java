package nl.steunpunt.core.internal.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chases reports the centre made that the recipient has not acknowledged in time: a reminder task
 * for the staff member who made the report, once per report, also with several nodes running this
 * at once (each report's reminder is claimed by one conditional update before its task is made). No
 * person reads data here, so there is nothing to audit; the task itself names only the family
 * reference.
 */
@Component(immediate = true, configurationPid = "nl.steunpunt.reports")
public final class ReportReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ReportReminders.class);
  private static final long FIRST_LOOK_SECONDS = 60;

  private final Store store;
  private final Duration after;
  private final Clock clock;
  private final ScheduledExecutorService timer;

  @Activate
  public ReportReminders(@Reference Store store, ReportsConfig config) {
    this.store = store;
    this.after = Duration.ofHours(Math.max(1, config.reminderHours()));
    this.clock = Clock.systemUTC();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "steunpunt-report-reminders");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(1, config.reminderCheckSeconds());
    timer.scheduleWithFixedDelay(
        this::safely, Math.min(FIRST_LOOK_SECONDS, period), period, TimeUnit.SECONDS);
  }

  /** For tests: no timer, run {@link #remind} by hand. */
  public ReportReminders(Store store, Duration after, Clock clock) {
    this.store = store;
    this.after = after;
    this.clock = clock;
    this.timer = null;
  }

  @Deactivate
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void safely() {
    try {
      int made = remind();
      if (made > 0) {
        LOG.info("{} reminder tasks for unacknowledged reports", made);
      }
    } catch (RuntimeException e) {
      LOG.warn("Report reminders failed: {}", e.getClass().getName());
    }
  }

  /** Makes the reminder tasks that are due; returns how many. */
  public int remind() {
    Instant now = clock.instant();
    return store.write(
        s -> {
          int made = 0;
          for (SecurityReport report :
              s.reports().unacknowledgedWithoutReminder(now.minus(after))) {
            // Claimed first: another node reminding at the same time makes no second task.
            if (!s.reports().reminded(report.id(), now)) {
              continue;
            }
            var disclosure = report.disclosure().orElseThrow();
            String reference = disclosure.dataSet().orElseThrow().familyReference();
            s.tasks()
                .insert(
                    new Task(
                        UUID.randomUUID(),
                        report.trajectoryId(),
                        reference
                            + ": report to the "
                            + disclosure.recipient().name().toLowerCase(java.util.Locale.ROOT)
                            + " not acknowledged, follow up",
                        new TaskOwner.Staff(disclosure.recordedBy()),
                        now.atZone(CoreReportService.NETHERLANDS).toLocalDate(),
                        TaskState.OPEN,
                        1));
            made++;
          }
          return made;
        });
  }
}
