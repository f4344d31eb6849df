package nl.kernteam.portal;

/** Where an objection, complaint or data request stands. */
public enum ObjectionStatus {

	RECEIVED, IN_PROGRESS, ANSWERED

}
