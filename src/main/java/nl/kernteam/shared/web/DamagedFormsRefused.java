package nl.kernteam.shared.web;

import java.util.ArrayList;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Spring MVC's adapter for {@code @RequestMapping} methods, with one change. A form made
 * of a record is made by its constructor (Spring's constructor binding); when a value
 * sent does not fit its field's type (a date that is no date, a choice that is none of
 * the choices) the binding result holds no form, and a page that shows the form again
 * from it ({@code th:object}, {@code form.field}) or puts an error on one of its fields
 * failed with 500. Such a form was damaged on its way (dates, choices and numbers are the
 * browser's to check), and is refused before its handler with 400
 * ({@link MethodArgumentNotValidException}: a page in Kernteam's words, or a problem for
 * the API), unless its record {@link KeepsUnreadableValues} and its page shows what was
 * typed next to the field. Found by sending every form of every page with values no field
 * would send ({@code EveryLinkOpensIntegrationTests}).
 */
final class DamagedFormsRefused extends RequestMappingHandlerAdapter {

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		var resolvers = new ArrayList<>(getArgumentResolvers());
		// Spring MVC's list has two: for @ModelAttribute first, and last for any other
		// bean-like argument without an annotation
		boolean annotated = true;
		for (int i = 0; i < resolvers.size(); i++) {
			if (resolvers.get(i).getClass() == ServletModelAttributeMethodProcessor.class) {
				resolvers.set(i, new Processor(!annotated));
				annotated = false;
			}
		}
		setArgumentResolvers(resolvers);
	}

	/** Spring MVC's own, refusing the form that could not be made. */
	private static final class Processor extends ServletModelAttributeMethodProcessor {

		Processor(boolean annotationNotRequired) {
			super(annotationNotRequired);
		}

		@Override
		protected boolean isBindExceptionRequired(WebDataBinder binder, MethodParameter parameter) {
			// the form could not be made from what was sent: its binding result holds no
			// form, which a page can show again only from the binding result alone
			return (binder.getBindingResult().getTarget() == null
					&& !parameter.getParameterType().isAnnotationPresent(KeepsUnreadableValues.class))
					|| super.isBindExceptionRequired(binder, parameter);
		}

	}

}
