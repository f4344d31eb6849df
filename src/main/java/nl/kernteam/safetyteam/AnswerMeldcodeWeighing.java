package nl.kernteam.safetyteam;

/**
 * The five questions of the weighing framework (afwegingskader); {@code null} is not
 * answered yet. {@code version}, when given, is the trail's version read: a stale one is
 * a conflict.
 *
 * @param suspicion is there a suspicion of (a threat of) domestic violence or child
 * abuse?
 * @param unsafety is there acute or structural unsafety?
 * @param helpPossible can I offer or organise effective help?
 * @param helpAccepted do the people involved accept that help?
 * @param helpResults does the help give the necessary safety within the desired period?
 */
public record AnswerMeldcodeWeighing(Boolean suspicion, Boolean unsafety, Boolean helpPossible, Boolean helpAccepted,
		Boolean helpResults, Integer version) {

	/**
	 * The framework's reporting norm: report when there is acute or structural unsafety,
	 * or when effective help cannot be given, is not accepted or does not work.
	 */
	public boolean reportingNorm() {
		return Boolean.TRUE.equals(unsafety) || Boolean.FALSE.equals(helpPossible) || Boolean.FALSE.equals(helpAccepted)
				|| Boolean.FALSE.equals(helpResults);
	}

}
