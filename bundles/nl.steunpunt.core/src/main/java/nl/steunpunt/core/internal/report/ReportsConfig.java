package nl.steunpunt.core.internal.report;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The report workflow's settings, for Karaf's config commands (pid {@code nl.steunpunt.reports}).
 */
@ObjectClassDefinition(
    name = "Steunpunt security reports",
    description = "Legal bases a report may name, and when an unacknowledged report is chased.")
public @interface ReportsConfig {

  @AttributeDefinition(
      name = "Legal bases",
      description = "The legal bases a security report may name; one must be chosen to report.")
  String[] legalBases() default {
    "Consent of the parents (toestemming)",
    "Conflict of duties (conflict van plichten)",
    "Statutory right to report (meldrecht)"
  };

  @AttributeDefinition(
      name = "Reminder after hours",
      description =
          "A report the centre made that is not acknowledged after this many hours gets a"
              + " reminder task for the staff member who made it.",
      min = "1")
  int reminderHours() default 48;

  @AttributeDefinition(
      name = "Reminder check seconds",
      description =
          "Seconds between two looks for reports that are due a reminder; the first look is at"
              + " most a minute after the start. Every node looks; each report gets one reminder.",
      min = "1")
  int reminderCheckSeconds() default 600;
}
