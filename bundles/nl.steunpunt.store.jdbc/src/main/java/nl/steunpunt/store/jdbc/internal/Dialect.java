package nl.steunpunt.store.jdbc.internal;

/** The databases the store runs on. */
enum Dialect {
  H2("org.h2.Driver", "H2"),
  POSTGRESQL("org.postgresql.Driver", "PostgreSQL");

  private final String driverClass;
  private final String productName;

  Dialect(String driverClass, String productName) {
    this.driverClass = driverClass;
    this.productName = productName;
  }

  String productName() {
    return productName;
  }

  String driverClass() {
    return driverClass;
  }

  static Dialect of(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported");
  }
}
