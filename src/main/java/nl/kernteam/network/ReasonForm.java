package nl.kernteam.network;

import nl.kernteam.shared.validation.Reason;

/**
 * A form with only a reason: ending an involvement, breaking the glass. Whether it may be
 * blank, the domain says.
 */
record ReasonForm(@Reason String reason) {

	static ReasonForm blank() {
		return new ReasonForm("");
	}
}
