package nl.steunpunt.api.trajectory;

import java.time.LocalDate;

/**
 * A task to create by hand.
 *
 * @param title what is to be done, 1 to 200 characters, no personal data
 * @param owner who does it
 * @param due when it is due
 * @since 0.1
 */
public record NewTask(String title, TaskOwner owner, LocalDate due) {}
