package nl.kernteam.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that is one unit of work (issue 19): its handler reads everything the page
 * shows, the frame included ({@link PageFrame}), in one transaction that starts with the
 * page's one access decision ({@code household.HouseholdAccess.decide}), writes one
 * access-log row and commits once. For a read (GET) of such a page, the household guard
 * leaves the decision to that transaction instead of asking the database before it, and
 * the frame's advice leaves its count to it; every other request under a household is
 * still checked before its body is read. The API's read of a household is one too.
 * {@code PageUnitOfWorkIntegrationTests} counts the statements and commits of each.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneUnitOfWork {

}
