package nl.kernteam.household;

/**
 * How one member relates to another: "from is KIND to", e.g. the mother {@code PARENT_OF}
 * the child.
 */
public enum RelationKind {

	PARENT_OF, STEP_PARENT_OF, FOSTER_PARENT_OF, GUARDIAN_OF, GRANDPARENT_OF, SIBLING_OF, PARTNER_OF, EX_PARTNER_OF;

	/** Parental authority (gezag) belongs only to a parent or a guardian. */
	public boolean mayHaveAuthority() {
		return this == PARENT_OF || this == GUARDIAN_OF;
	}

	/**
	 * Whether the one this relation starts from belongs to an older generation than the
	 * other.
	 */
	public boolean olderGeneration() {
		return this == PARENT_OF || this == STEP_PARENT_OF || this == FOSTER_PARENT_OF || this == GUARDIAN_OF
				|| this == GRANDPARENT_OF;
	}

}
