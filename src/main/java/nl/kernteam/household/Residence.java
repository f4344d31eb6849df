package nl.kernteam.household;

/**
 * Where a member lives: here, part of the week here (a child with two homes), or
 * elsewhere.
 */
public enum Residence {

	HERE, PART_TIME, ELSEWHERE;

	/**
	 * The API's {@code livesHere}: also true for someone who lives here part of the time.
	 */
	public boolean livesHere() {
		return this != ELSEWHERE;
	}

	static Residence of(Residence given, Boolean livesHere) {
		if (given != null) {
			return given;
		}
		return Boolean.FALSE.equals(livesHere) ? ELSEWHERE : HERE;
	}

}
