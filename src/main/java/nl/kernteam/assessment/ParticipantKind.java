package nl.kernteam.assessment;

/** Who a participant in an assessment is. */
public enum ParticipantKind {

	/** A member of the household, a child too. */
	FAMILY,
	/** Someone from the family's own circle: grandmother, neighbour, coach. */
	INFORMAL,
	/** A professional of any organisation. */
	PROFESSIONAL

}
