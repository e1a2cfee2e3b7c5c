package nl.steunpunt.api.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a result.
 *
 * @param items the results on this page, in order
 * @param offset the offset this page starts at
 * @param limit the page size asked for
 * @param total the number of results over all pages that the actor may see
 * @param <T> the type of result
 * @since 0.1
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

  /** Creates a page; the items are copied. */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Returns the same page with every item mapped.
   *
   * @param mapper the mapping
   * @param <R> the new type of result
   * @return the mapped page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
  }
}
