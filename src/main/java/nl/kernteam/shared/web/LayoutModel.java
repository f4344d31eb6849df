package nl.kernteam.shared.web;

import java.util.LinkedHashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts what the layout shows ({@link LayoutAttributes}: who is logged in, the menu, the
 * demo banner, the counts in the menu) into every controller's model before its handler
 * runs, in one model method. One method instead of one per attribute (there were seven):
 * Spring MVC makes a handler object for each advice's model method and searches its
 * annotations on every request (issue 19). As with {@code @ModelAttribute} methods, an
 * attribute already in the model (a flash attribute) is left as it is, and the handler
 * may replace any of them. What answers data ({@code @ResponseBody}, a download) gets
 * none: only a page ({@link PageTransaction#isPage}).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<LayoutAttributes> layout;

	LayoutModel(ObjectProvider<LayoutAttributes> layout) {
		this.layout = layout.orderedStream().toList();
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& !PageTransaction.isPage(handler)) {
			// data (an API answer, a download), not a page with a menu: nothing to read
			// for
			// it (a signal registration asked for the menu's texts before)
			return;
		}
		var attributes = new LinkedHashMap<String, Object>();
		for (var bean : this.layout) {
			bean.addTo(attributes, request);
		}
		attributes.forEach((name, value) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, value);
			}
		});
	}

}
