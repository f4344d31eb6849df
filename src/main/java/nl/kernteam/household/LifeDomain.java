package nl.kernteam.household;

/**
 * The domains of life that a life-domain check scores, from finances to a child's
 * development.
 */
public enum LifeDomain {

	FINANCES, WORK_EDUCATION, TIME_USE, HOUSING, DOMESTIC_RELATIONS, MENTAL_HEALTH, PHYSICAL_HEALTH, ADDICTION,
	BASIC_SELF_CARE, DAILY_ACTIVITIES, SOCIAL_NETWORK, PARTICIPATION, JUSTICE, PARENTING, CHILD_DEVELOPMENT;

	/** Only a child's development is scored for children alone. */
	public boolean forChildrenOnly() {
		return this == CHILD_DEVELOPMENT;
	}

}
