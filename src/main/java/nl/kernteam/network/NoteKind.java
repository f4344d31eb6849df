package nl.kernteam.network;

/** The kind of contact a note records. */
public enum NoteKind {

	CONVERSATION, HOME_VISIT, PHONE_CALL, MEETING, OTHER

}
