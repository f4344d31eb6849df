package nl.kernteam.shared.web;

import java.util.Map;

import nl.kernteam.shared.Actor;

/**
 * A section of a professional's start page ("Mijn werk"), contributed by a module: their
 * households, their agreements due, new matches ... Each section reads only what the
 * actor may see.
 */
public interface StartPageSection {

	int order();

	/** The Thymeleaf template holding a fragment named {@code section}. */
	String template();

	/**
	 * The data the fragment shows, available in it as {@code section}; {@code null} hides
	 * the section.
	 */
	Map<String, Object> model(Actor actor);

}
