package nl.kernteam.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kernteam.shared.Actor;

/**
 * What the layout around every page shows besides the page (the number of unread
 * notifications), as model attributes by name. A page that is one unit of work
 * ({@link OneUnitOfWork}) reads it inside its own transaction; elsewhere an advice reads
 * it before the handler.
 */
public interface PageFrame {

	/** The frame's model attributes for this professional. */
	Map<String, Object> read(Actor actor);

	/** Every frame's attributes, read in the caller's transaction. */
	static Map<String, Object> readAll(List<PageFrame> frames, Actor actor) {
		var attributes = new HashMap<String, Object>();
		if (actor != null && actor.organisationId() != null) {
			frames.forEach(frame -> attributes.putAll(frame.read(actor)));
		}
		return attributes;
	}

}
