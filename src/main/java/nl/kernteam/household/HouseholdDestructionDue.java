package nl.kernteam.household;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A closed household's file is destroyed now: its retention period has passed, or the
 * region's privacy officer granted the family's request. Published in the destroying
 * transaction before the household deletes its own rows; every module that keeps rows
 * about the household (or its members) deletes them in a synchronous listener and
 * {@linkplain #destroyed(String, int) counts} them. The access log stays: the law keeps
 * it.
 * <p>
 * Foreign keys decide the order: a listener whose rows other modules' rows point at (the
 * network's involvements) runs last, with {@link #LAST}; the others run with
 * {@link #FIRST}.
 *
 * @param household the household whose file is destroyed
 * @param memberIds every member the household ever had, removed members included
 * @param personFingerprints the BSN fingerprints of members who are a member of no other
 * household (signals about them go; a person still in another household keeps them)
 * @param counts rows deleted per table, filled by the listeners
 */
public record HouseholdDestructionDue(HouseholdId household, Set<UUID> memberIds, Set<String> personFingerprints,
		Map<String, Integer> counts) {

	/** Order of listeners whose rows nothing else points at. */
	public static final int FIRST = 0;

	/** Order of the listener whose rows others point at (involvements). */
	public static final int LAST = 100;

	public HouseholdDestructionDue(HouseholdId household, Set<UUID> memberIds, Set<String> personFingerprints) {
		this(household, Set.copyOf(memberIds), Set.copyOf(personFingerprints), new TreeMap<>());
	}

	/** Records that {@code rows} rows of {@code table} were deleted. */
	public void destroyed(String table, int rows) {
		counts.merge(table, rows, Integer::sum);
	}

	/** The rows deleted per table so far. */
	public Map<String, Integer> destroyedRows() {
		return Collections.unmodifiableMap(counts);
	}

}
