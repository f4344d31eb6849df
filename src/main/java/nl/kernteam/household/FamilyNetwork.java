package nl.kernteam.household;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who is around a family now, for the ecomap beside the genogram: the professionals and
 * the family's own circle of each household. Owned here, implemented by the network
 * module (which depends on this one), in one query for all households; the caller has
 * checked that the reader may see each household it asks about.
 */
public interface FamilyNetwork {

	List<Person> around(Collection<UUID> households);

	/**
	 * @param informal someone of the family's own circle (then {@code detail} is the
	 * relation, such as "oma")
	 * @param coreTeam part of the core team
	 * @param detail the organisation, or for the own circle the relation
	 */
	record Person(UUID householdId, String name, String detail, boolean informal, boolean coreTeam) {
	}

}
