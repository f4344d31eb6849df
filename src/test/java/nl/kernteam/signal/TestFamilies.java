package nl.kernteam.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.Bsn;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;

/**
 * Unique valid BSNs and Kernteam households whose members have them, for signal tests.
 */
public final class TestFamilies {

	private TestFamilies() {
	}

	/**
	 * A random BSN that passes the 11-test; tests share one database, so each test uses
	 * its own.
	 */
	public static String bsn() {
		var random = ThreadLocalRandom.current();
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				digits[i] = random.nextInt(10);
				sum += (9 - i) * digits[i];
			}
			int last = sum % 11;
			if (last == 10 || digits[0] == 0) {
				continue;
			}
			digits[8] = last;
			var bsn = new StringBuilder();
			for (int digit : digits) {
				bsn.append(digit);
			}
			if (Bsn.isValid(bsn.toString())) {
				return bsn.toString();
			}
		}
	}

	/**
	 * A household registered by a local-team professional (who becomes its contact
	 * person): a parent and a child with the given BSNs, and a second child without BSN.
	 */
	public static Family household(HouseholdManagement households, Pro localTeam, String parentBsn, String childBsn) {
		String family = "Signaal" + TestData.unique();
		return new Family(family, households.register(localTeam.actor(), new RegisterHousehold(null, null, List.of(
				new MemberInput(null, "Sanne", family, LocalDate.of(1988, 3, 14), MemberRole.PARENT, parentBsn, false),
				new MemberInput(null, "Daan", family, LocalDate.of(2014, 6, 2), MemberRole.CHILD, childBsn, false),
				new MemberInput(null, "Evi", family, LocalDate.of(2017, 11, 23), MemberRole.CHILD, null, false)), null,
				null)));
	}

	/**
	 * A registered test household and the family name of its members (Sanne, Daan and
	 * Evi).
	 */
	public record Family(String familyName, HouseholdId id) {
	}

}
