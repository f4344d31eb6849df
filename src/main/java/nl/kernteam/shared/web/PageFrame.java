package nl.kernteam.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Reads;

/**
 * What the layout around every page shows besides the page (the number of unread
 * notifications), as model attributes by name. A page that is one unit of work
 * ({@link OneUnitOfWork}) reads it inside its own transaction; elsewhere an advice reads
 * it before the handler.
 */
public interface PageFrame {

	/** The frame's model attributes for this professional. */
	Map<String, Object> read(Actor actor);

	/**
	 * The frame's model attributes, read with a page's other reads; by default read at
	 * once.
	 */
	default Supplier<Map<String, Object>> read(Actor actor, Reads reads) {
		var attributes = read(actor);
		return () -> attributes;
	}

	/** Every frame's attributes, read with a page's other reads. */
	static Supplier<Map<String, Object>> readAll(List<PageFrame> frames, Actor actor, Reads reads) {
		if (actor == null || actor.organisationId() == null) {
			return HashMap::new;
		}
		var parts = frames.stream().map(frame -> frame.read(actor, reads)).toList();
		return () -> {
			var attributes = new HashMap<String, Object>();
			parts.forEach(part -> attributes.putAll(part.get()));
			return attributes;
		};
	}

	/** Every frame's attributes, read in the caller's transaction. */
	static Map<String, Object> readAll(List<PageFrame> frames, Actor actor) {
		var attributes = new HashMap<String, Object>();
		if (actor != null && actor.organisationId() != null) {
			frames.forEach(frame -> attributes.putAll(frame.read(actor)));
		}
		return attributes;
	}

}
