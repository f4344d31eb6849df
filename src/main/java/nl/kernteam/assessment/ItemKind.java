package nl.kernteam.assessment;

/**
 * The kind of a worry or of something that works well (Signs of Safety); next steps have
 * none.
 */
public enum ItemKind {

	/** A worry: harm that happened. */
	HARM(Part.WORRIES),
	/** A worry: something that makes the situation more difficult. */
	COMPLICATING_FACTOR(Part.WORRIES),
	/** What works well: a strength of the family or its network. */
	STRENGTH(Part.STRENGTHS),
	/** What works well: safety that is already there, shown over time. */
	EXISTING_SAFETY(Part.STRENGTHS);

	private final Part part;

	ItemKind(Part part) {
		this.part = part;
	}

	/** The list this kind belongs to. */
	public Part part() {
		return part;
	}

}
