package nl.steunpunt.core.internal.access;

/**
 * A record the policy allowed an action on, with the permit: what the {@link Gate} hands out when
 * it loads a record by its id and decides in one step. Callers never hold a record the policy has
 * not allowed.
 *
 * @param record the record as loaded in this unit of work
 * @param permit the decision about the record's family
 * @param <T> the kind of record
 */
public record Permitted<T>(T record, Permit permit) {}
