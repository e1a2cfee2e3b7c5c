/**
 * The store SPI: how the core reads and writes its records. An internal contract between {@code
 * nl.steunpunt.core} and this bundle, versioned like any exported package; partner bundles never
 * use it (they see the data only through the public API, under the access policy).
 *
 * <p>Every service call of the core is one {@link nl.steunpunt.store.jdbc.Store#write write} or
 * {@link nl.steunpunt.store.jdbc.Store#read read}: one transaction, all or nothing. Updates name
 * the version they expect and report whether it was still current (optimistic concurrency).
 *
 * <p>Audit entries appended in a write are written in its transaction, just before it commits: the
 * work and its audit entries are committed together or not at all ({@link
 * nl.steunpunt.store.jdbc.AuditWriteFailed}). They are chained by hash moments later, off the
 * request path.
 *
 * @since 0.1
 */
@Export
@Version("0.4.0")
package nl.steunpunt.store.jdbc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
