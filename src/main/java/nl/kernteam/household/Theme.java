package nl.kernteam.household;

/**
 * A theme that can repeat across generations; marked on a person together with the
 * family.
 */
public enum Theme {

	ADDICTION, VIOLENCE, PSYCHIATRIC_ILLNESS;

	/**
	 * The letter the genogram shows beside the person; the legend and the text say what
	 * it means.
	 */
	public String mark() {
		return switch (this) {
			case ADDICTION -> "V";
			case VIOLENCE -> "G";
			case PSYCHIATRIC_ILLNESS -> "P";
		};
	}

}
