package nl.kernteam.plan;

/**
 * Who acts on an agreement: someone of the family, someone of its own circle, or a
 * professional.
 */
public enum OwnerKind {

	FAMILY_MEMBER, INFORMAL, PROFESSIONAL

}
