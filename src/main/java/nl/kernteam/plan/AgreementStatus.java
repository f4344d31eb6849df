package nl.kernteam.plan;

/** Whether an agreement was kept. */
public enum AgreementStatus {

	OPEN, DONE, NOT_DONE

}
