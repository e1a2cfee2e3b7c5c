package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.function.Function;
import nl.steunpunt.api.common.Page;

/** A page of results: {@code {items, offset, limit, total}}. */
public record PageJson<T>(List<T> items, int offset, int limit, long total) {

  /** Maps a page of the API. */
  public static <A, T> PageJson<T> of(Page<A> page, Function<? super A, ? extends T> mapper) {
    return new PageJson<>(
        page.items().stream().<T>map(mapper).toList(), page.offset(), page.limit(), page.total());
  }
}
