package nl.kernteam.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Model attributes that the layout of every page needs (who is logged in, the menu, the
 * demo banner, the counts in the menu). {@code LayoutModel} puts those of every such bean
 * into a controller's model before the handler runs, with one {@code @ModelAttribute}
 * method for all of them: Spring MVC makes a handler object anew for each advice's model
 * method on every request, which was measurable when there were seven (issue 19). A page
 * an exception handler makes gets no model methods: the problem page
 * ({@code PageProblems}) asks these beans itself, so that it shows the same menu and
 * banner as the page that failed.
 */
public interface LayoutAttributes {

	/** Puts this bean's attributes for the current request into {@code model}. */
	void addTo(Map<String, Object> model, HttpServletRequest request);

	/**
	 * Whether the problem page shows these attributes too: not those that read the
	 * database, which may be what failed.
	 */
	default boolean onProblemPages() {
		return true;
	}

}
