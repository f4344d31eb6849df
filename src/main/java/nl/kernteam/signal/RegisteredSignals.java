package nl.kernteam.signal;

import java.util.List;
import java.util.UUID;

/**
 * What became of each signal of a batch, in the order they were sent.
 */
public record RegisteredSignals(List<Outcome> items) {

	/** What became of one signal. */
	public enum Status {

		/** Registered now; every professional on its matches has been told. */
		CREATED,

		/**
		 * Registered before with this id, by the same professional for the same person.
		 */
		REPEATED,

		/** Not registered: the organisation has an active signal on this person. */
		DUPLICATE,

		/** Not registered: the id belongs to another registration. */
		ID_TAKEN,

		/**
		 * Not registered: sent before with this id, but that signal has ended (or its
		 * active period is over); to signal the person again, send it with a new id or
		 * none.
		 */
		ENDED

	}

	/**
	 * @param matches for {@code CREATED} and {@code REPEATED}, one per matching signal of
	 * another organisation; empty otherwise
	 */
	public record Outcome(UUID id, Status status, List<SignalMatch> matches) {

		static Outcome created(UUID id, List<SignalMatch> matches) {
			return new Outcome(id, Status.CREATED, matches);
		}

		static Outcome refused(UUID id, Status status) {
			return new Outcome(id, status, List.of());
		}

	}

}
