package nl.kernteam.network;

import java.util.ArrayList;
import java.util.List;

import nl.kernteam.household.HouseholdDetails;
import nl.kernteam.household.MemberDetails;

/**
 * Who could have been at a contact: the family members and the people in the network now.
 */
final class PresentPeople {

	private PresentPeople() {
	}

	static List<String> of(HouseholdDetails household, NetworkDetails network) {
		var people = new ArrayList<String>();
		household.members().stream().map(MemberDetails::fullName).forEach(people::add);
		network.current()
			.stream()
			.map(InvolvementRow::name)
			.filter(name -> !people.contains(name))
			.forEach(people::add);
		return people;
	}

}
