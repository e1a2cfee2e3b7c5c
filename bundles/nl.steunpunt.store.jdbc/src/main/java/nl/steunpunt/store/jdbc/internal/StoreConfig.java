package nl.steunpunt.store.jdbc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The database settings, in {@code etc/nl.steunpunt.store.cfg}. */
@ObjectClassDefinition(
    name = "Steunpunt store",
    description =
        "The database of Steunpunt: H2 embedded under Karaf's data folder by default, PostgreSQL"
            + " in production.")
@interface StoreConfig {

  @AttributeDefinition(
      description =
          "JDBC URL. Empty: the embedded H2 database under ${karaf.data}/steunpunt. PostgreSQL:"
              + " jdbc:postgresql://host:5432/steunpunt")
  String url() default "";

  @AttributeDefinition(
      description =
          "Whether this node is one of several on one database (behind a load balancer). Cluster"
              + " mode refuses the embedded H2 database, which each node would have for itself.")
  boolean cluster() default false;

  @AttributeDefinition(description = "Database user.")
  String user() default "steunpunt";

  @AttributeDefinition(description = "Database password.", type = AttributeType.PASSWORD)
  String password() default "";

  @AttributeDefinition(
      description =
          "PostgreSQL: the role that owns the schema and runs the migrations. Empty: the platform's"
              + " own user does. Set it in production, so that the platform's user may only read"
              + " and append events, never change or delete them.")
  String migrationUser() default "";

  @AttributeDefinition(
      description = "Password of the migration user.",
      type = AttributeType.PASSWORD)
  String migrationPassword() default "";

  @AttributeDefinition(
      description = "Largest number of pooled connections.",
      min = "1",
      max = "100")
  int poolSize() default 10;

  @AttributeDefinition(
      description =
          "Milliseconds between two runs of the audit log's sealer, which chains the entries"
              + " written since the last run. An entry shows its hash once it is sealed.",
      min = "10",
      max = "60000")
  long auditSealMillis() default 200;

  @AttributeDefinition(
      description =
          "Whether a write is durable before it is acknowledged (H2: written to its file;"
              + " PostgreSQL: flushed to its log, synchronous_commit on). false brings back the old"
              + " settings, under which acknowledged writes and their audit entries can be lost in"
              + " a crash: for benchmarks only, never for real cases.")
  boolean durableCommit() default true;

  @AttributeDefinition(
      description =
          "Seconds between two anchors of the audit log: its sealed head signed with the key in"
              + " etc/steunpunt-audit-anchor.key and appended to data/steunpunt/audit-anchors.log"
              + " and the log. The head is also anchored when the store opens and closes.",
      min = "1",
      max = "86400")
  long auditAnchorSeconds() default 60;
}
