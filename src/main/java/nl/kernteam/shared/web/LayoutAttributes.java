package nl.kernteam.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Model attributes that the layout of every page needs (who is logged in, the menu, the
 * demo banner). Spring adds them from each {@code @ModelAttribute} method of a
 * {@code @ControllerAdvice} for a controller's page, but not for a page an exception
 * handler makes: the problem page ({@code PageProblems}) asks every such advice through
 * this interface, so that it shows the same menu and banner as the page that failed.
 */
public interface LayoutAttributes {

	/** Puts this advice's attributes for the current request into {@code model}. */
	void addTo(Map<String, Object> model, HttpServletRequest request);

}
