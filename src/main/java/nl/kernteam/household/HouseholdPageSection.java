package nl.kernteam.household;

import java.util.function.Supplier;

import nl.kernteam.shared.Reads;

/**
 * A section of the household page contributed by another module (network, timeline,
 * assessment, plan ...), so that the household page shows the whole family without the
 * household module knowing those modules. The page decides access once and hands each
 * section the decision ({@link DecidedHousehold}); a section reads its data through
 * {@link HouseholdAccess}, which answers from that decision without asking again and logs
 * the read into the page's one access-log row. A section opens no transaction of its own:
 * it runs in the page's ({@code PageUnitOfWorkIntegrationTests} counts).
 */
public interface HouseholdPageSection {

	/** Place on the page, low first. */
	int order();

	/**
	 * The section's HTML, made by a precompiled jte template from a view built in Java
	 * ({@link nl.kernteam.shared.web.Fragments}, issue 19: Thymeleaf's walk over the
	 * sections' elements was half the page's JVM time); the supplier answers {@code null}
	 * when the section shows nothing. The section registers its reads in the page's batch
	 * now and makes its HTML when asked: the page asks every section first, so that all
	 * their reads go to PostgreSQL in one round trip
	 * ({@link nl.kernteam.shared.ReadBatch}, issue 19). A section may also read when
	 * asked, with round trips of its own.
	 */
	Supplier<String> html(DecidedHousehold decided, Reads reads);

	/**
	 * The kind of data the section shows: the page leaves it out for whoever may not read
	 * that kind (a partner sees no joint assessments unless they are shared), as
	 * {@link AccessDecision} says.
	 */
	default HouseholdItem item() {
		return HouseholdItem.HOUSEHOLD;
	}

}
