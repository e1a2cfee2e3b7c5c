/**
 * The store contract: how the core reads and writes its records. A contract between {@code
 * nl.steunpunt.core}, which uses it, and {@code nl.steunpunt.store.jdbc}, which implements it; kept
 * in a bundle of its own so that neither side owns the other's contract, and the implementation
 * keeps its internals to itself. Partner bundles never use it: they see the data only through the
 * public API, under the access policy.
 *
 * <p>Only the platform's bundles are wired to it. The export carries the mandatory attribute {@code
 * steunpunt=platform}, so a bundle that imports the package without it (a partner built by mistake
 * against it) does not resolve; and since any bundle could add the attribute, the trust bundle's
 * resolver hook also takes this export out of the matches of every bundle that is not the
 * platform's own, and its service hooks hide every service registered under a type of this package
 * from those bundles.
 *
 * <p>Every service call of the core is one {@link nl.steunpunt.store.Store#write write} or {@link
 * nl.steunpunt.store.Store#read read}: one transaction, all or nothing. Updates name the version
 * they expect and report whether it was still current (optimistic concurrency).
 *
 * <p>Audit entries appended in a write are written in its transaction, just before it commits: the
 * work and its audit entries are committed together or not at all ({@link
 * nl.steunpunt.store.AuditWriteFailed}). They are chained by hash moments later, off the request
 * path.
 *
 * <p>Version 1.0.0: the package is new under this name (it was {@code nl.steunpunt.store.jdbc} at
 * 0.4.0, with the same types), and a package's name is part of what an import matches, so its
 * history starts here rather than continuing the old numbers. A major version of 1, not 0, because
 * it is now a contract between two bundles: a breaking change raises the major version, so a core
 * and a store built apart never wire to each other across it.
 *
 * <p>Version 1.1.0: {@link nl.steunpunt.store.TaskRecords#openOfTrajectory}.
 *
 * @since 1.0
 */
@Export(attribute = {"steunpunt=platform", "mandatory:=steunpunt"})
@Version("1.1.0")
package nl.steunpunt.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
