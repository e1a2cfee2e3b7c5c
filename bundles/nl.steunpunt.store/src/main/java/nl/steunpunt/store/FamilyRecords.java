package nl.steunpunt.store;

import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import org.osgi.annotation.versioning.ProviderType;

/** Families. */
@ProviderType
public interface FamilyRecords {

  /**
   * Takes the next reference number of a year, 1 for the first family of that year. Numbers are
   * never given twice, also not by concurrent transactions or another node.
   *
   * @param year the year
   * @return the number
   */
  int nextReferenceNumber(int year);

  /**
   * Stores a new family.
   *
   * @param family the family
   */
  void insert(Family family);

  /**
   * Reads a family.
   *
   * @param id the id
   * @return the family, or empty
   */
  Optional<Family> find(UUID id);

  /**
   * Reads a family by its reference, exactly as stored (such as {@code F-2024-0012}).
   *
   * @param reference the reference
   * @return the family, or empty
   */
  Optional<Family> findByReference(String reference);

  /**
   * Replaces a family if it is still at the expected version.
   *
   * @param family the new state; its version must be {@code expectedVersion + 1}
   * @param expectedVersion the version the change was based on
   * @return false when the family is at another version (nothing was written)
   */
  boolean update(Family family, long expectedVersion);

  /**
   * Searches families, newest first.
   *
   * @param filter the filter
   * @param page the page
   * @return the page
   */
  Page<Family> search(FamilyFilter filter, PageRequest page);
}
