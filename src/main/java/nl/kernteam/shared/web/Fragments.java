package nl.kernteam.shared.web;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;

/**
 * A page's piece of HTML made by a precompiled jte template (issue 19): for the household
 * page's sections, where Thymeleaf's walk over every element and attribute was half the
 * page's JVM time. The template {@code src/main/jte/MODULE/NAME.jte} is compiled at build
 * time into {@code nl.kernteam.MODULE.JteNAMEGenerated}, in its module's package, and
 * takes one view record built in Java (texts, dates and links ready, see
 * {@link PageTexts}); it only places the view's fields. jte escapes every {@code ${...}}
 * for where it stands (text, attribute, URL), and leaves out an attribute whose value is
 * {@code null}. The HTML goes into the Thymeleaf page with {@code th:utext}.
 */
public final class Fragments {

	private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
			Fragments.class.getClassLoader(), "nl.kernteam");

	private Fragments() {
	}

	/**
	 * @param template the template's path under {@code src/main/jte}, e.g.
	 * {@code plan/section.jte}
	 * @param view the template's one parameter
	 */
	public static String render(String template, Object view) {
		var output = new StringOutput(4096);
		ENGINE.render(template, view, output);
		return output.toString();
	}

	/** The template with its one parameter, written to the output. */
	static void render(String template, Object view, TemplateOutput output) {
		ENGINE.render(template, view, output);
	}

	/** The template with its parameters by name, written to the output. */
	static void render(String template, Map<String, Object> parameters, TemplateOutput output) {
		ENGINE.render(template, parameters, output);
	}

}
