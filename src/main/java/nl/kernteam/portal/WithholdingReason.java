package nl.kernteam.portal;

/**
 * The legal reasons to keep an item from a family member: the help may refuse access to
 * the file when it would harm the child, or when it is about someone else (DOMAIN.md
 * C.5).
 */
public enum WithholdingReason {

	/** Showing it would put the safety of a child at risk. */
	SAFETY_OF_CHILD,
	/** It is about someone else, whose privacy it would break. */
	PRIVACY_OF_OTHER

}
