package nl.kernteam.portal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who in the family sees what: the one table (issue 13, DOMAIN.md C.5 "Access to the
 * file"). The family's pages and API show an item to a family member only when this table
 * says so and no professional withholds it from them ({@link Withholdings}).
 * <p>
 * <b>How an item is tagged.</b> An item concerns one member, or nobody in particular:
 * <ul>
 * <li>concerning nobody (the general picture): the worries, what goes well, what needs to
 * happen, danger statements with their safety goals, the judgement, key decisions (they
 * have no subject: a decision about one child that another member must not read is
 * withheld from them), the plan's goals and agreements, the network, the views and scales
 * of professionals and of the informal network;</li>
 * <li>the <b>own words</b> of member X: the view and the scale (with its note) of an
 * assessment participant of kind {@code FAMILY} linked to X. A family participant not
 * linked to a member is shown to nobody in the family: whose words they are is not
 * known;</li>
 * <li>a <b>matter</b> of member X: an organisation signalled X.</li>
 * </ul>
 * <p>
 * <b>The table</b>: how the viewer stands to X ({@link Relation}) × who X is
 * ({@link Concerned}: by age on the day of viewing) × {@link Aspect} gives a
 * {@link Sight}:
 *
 * <pre>
 *                            NOBODY  UNDER_12       12_TO_15       16_TO_17    ADULT
 * SELF                       SEES    SEES           SEES           SEES        SEES
 * PARENT_WITH_AUTHORITY      SEES    SEES           SEES           IF_ALLOWED  IF_ALLOWED
 * PARENT_WITHOUT_AUTHORITY   SEES    matter: SEES,  matter: SEES,  IF_ALLOWED  IF_ALLOWED
 *                                    words: NEVER   words: NEVER
 * OTHER                      SEES    NEVER          NEVER          IF_ALLOWED  IF_ALLOWED
 * </pre>
 *
 * Parents with authority see what concerns their children under 16; a young person from
 * 12 sees what concerns themselves (there is no account under 12); from 16 the young
 * person decides who else sees it ({@code IF_ALLOWED}: the setting on their own page); a
 * parent without authority sees the general picture and the matters of their child, not
 * the child's own words; what one adult said about themselves is not shown to another
 * adult unless they allowed it; brothers, sisters and other adults see nothing of a child
 * under 16. The parent rows count only for a child under 18: for an adult child the
 * parent is {@code OTHER}.
 */
final class FamilySight {

	/** How the viewer stands to the member an item concerns. */
	enum Relation {

		SELF, PARENT_WITH_AUTHORITY, PARENT_WITHOUT_AUTHORITY, OTHER

	}

	/** Whom the item concerns, by their age. */
	enum Concerned {

		NOBODY, UNDER_12, FROM_12_TO_15, FROM_16_TO_17, ADULT

	}

	/** What of that member the item is. */
	enum Aspect {

		/** Something about them: a signal. */
		MATTER,
		/** What they said: their view, their scale. */
		OWN_WORDS

	}

	/** The answer of one cell. */
	enum Sight {

		SEES,
		/** Only when the member concerned allowed this viewer. */
		IF_ALLOWED, NEVER

	}

	static final Map<Relation, Map<Concerned, Map<Aspect, Sight>>> TABLE = new EnumMap<>(Relation.class);

	static {
		row(Relation.SELF, both(Sight.SEES), both(Sight.SEES), both(Sight.SEES), both(Sight.SEES), both(Sight.SEES));
		row(Relation.PARENT_WITH_AUTHORITY, both(Sight.SEES), both(Sight.SEES), both(Sight.SEES),
				both(Sight.IF_ALLOWED), both(Sight.IF_ALLOWED));
		row(Relation.PARENT_WITHOUT_AUTHORITY, both(Sight.SEES), matterOnly(), matterOnly(), both(Sight.IF_ALLOWED),
				both(Sight.IF_ALLOWED));
		row(Relation.OTHER, both(Sight.SEES), both(Sight.NEVER), both(Sight.NEVER), both(Sight.IF_ALLOWED),
				both(Sight.IF_ALLOWED));
	}

	private FamilySight() {
	}

	/** The cell. */
	static Sight sight(Relation relation, Concerned concerned, Aspect aspect) {
		return TABLE.get(relation).get(concerned).get(aspect);
	}

	/** Who a member is to the family's pages: by age, null birth date as an adult. */
	static Concerned concerned(LocalDate birthDate, LocalDate today) {
		if (birthDate == null) {
			return Concerned.ADULT;
		}
		int age = Period.between(birthDate, today).getYears();
		return age < 12 ? Concerned.UNDER_12
				: age < 16 ? Concerned.FROM_12_TO_15 : age < 18 ? Concerned.FROM_16_TO_17 : Concerned.ADULT;
	}

	/**
	 * The viewer's view of the family: whom they are, their parenthood, and who allowed
	 * them to see what concerns them.
	 *
	 * @param members each member's birth date by id
	 * @param withAuthority the children under the viewer's parental authority
	 * @param withoutAuthority the viewer's children without parental authority
	 * @param allowedBy the members who allowed the viewer to see what concerns them
	 */
	record Viewer(UUID memberId, Map<UUID, LocalDate> members, Set<UUID> withAuthority, Set<UUID> withoutAuthority,
			Set<UUID> allowedBy, LocalDate today) {

		/** Whether this viewer sees an item that concerns the member (null: nobody). */
		boolean sees(UUID concerning, Aspect aspect) {
			if (concerning == null) {
				return true;
			}
			if (!members.containsKey(concerning)) {
				return false;
			}
			var concerned = concerned(members.get(concerning), today);
			var sight = sight(relation(concerning, concerned), concerned, aspect);
			return sight == Sight.SEES || (sight == Sight.IF_ALLOWED && allowedBy.contains(concerning));
		}

		Relation relation(UUID concerning, Concerned concerned) {
			if (concerning.equals(memberId)) {
				return Relation.SELF;
			}
			if (concerned == Concerned.ADULT) {
				return Relation.OTHER;
			}
			return withAuthority.contains(concerning) ? Relation.PARENT_WITH_AUTHORITY
					: withoutAuthority.contains(concerning) ? Relation.PARENT_WITHOUT_AUTHORITY : Relation.OTHER;
		}

		/** Whether this viewer may choose who sees what concerns them: from 16. */
		boolean decidesOwnSharing() {
			var self = concerned(members.get(memberId), today);
			return self == Concerned.FROM_16_TO_17 || self == Concerned.ADULT;
		}

	}

	private static void row(Relation relation, Map<Aspect, Sight> nobody, Map<Aspect, Sight> under12,
			Map<Aspect, Sight> from12, Map<Aspect, Sight> from16, Map<Aspect, Sight> adult) {
		var cells = new EnumMap<Concerned, Map<Aspect, Sight>>(Concerned.class);
		cells.put(Concerned.NOBODY, nobody);
		cells.put(Concerned.UNDER_12, under12);
		cells.put(Concerned.FROM_12_TO_15, from12);
		cells.put(Concerned.FROM_16_TO_17, from16);
		cells.put(Concerned.ADULT, adult);
		TABLE.put(relation, cells);
	}

	private static Map<Aspect, Sight> both(Sight sight) {
		return Map.of(Aspect.MATTER, sight, Aspect.OWN_WORDS, sight);
	}

	private static Map<Aspect, Sight> matterOnly() {
		return Map.of(Aspect.MATTER, Sight.SEES, Aspect.OWN_WORDS, Sight.NEVER);
	}

}
