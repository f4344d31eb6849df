package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one model method of the layout: every bean's attributes for a page, a flash
 * attribute of the same name left as it was, nothing read for an API answer.
 */
class LayoutModelTests {

	final AtomicInteger asked = new AtomicInteger();

	final LayoutModel layoutModel;

	LayoutModelTests() {
		var beans = new StaticListableBeanFactory();
		beans.addBean("menu", (LayoutAttributes) (model, request) -> {
			asked.incrementAndGet();
			model.put("navigation", "the menu");
			model.put("notice", "from the layout");
		});
		beans.addBean("banner", (LayoutAttributes) (model, request) -> model.put("demoMode", true));
		this.layoutModel = new LayoutModel(beans.getBeanProvider(LayoutAttributes.class));
	}

	@Test
	void aPageGetsEveryBeansAttributesButKeepsWhatIsAlreadyInItsModel() throws Exception {
		var model = new ExtendedModelMap();
		model.addAttribute("notice", "a flash attribute");
		layoutModel.layout(model, request(new Pages(), "page"));
		assertThat(model).containsEntry("navigation", "the menu")
			.containsEntry("demoMode", true)
			.containsEntry("notice", "a flash attribute");
		assertThat(asked).hasValue(1);
	}

	@Test
	void anApiAnswerGetsNoneAndNothingIsRead() throws Exception {
		for (var handler : new Object[][] { { new Pages(), "data" }, { new Api(), "data" } }) {
			var model = new ExtendedModelMap();
			layoutModel.layout(model, request(handler[0], (String) handler[1]));
			assertThat(model).isEmpty();
		}
		assertThat(asked).hasValue(0);
	}

	private static HttpServletRequest request(Object controller, String method) throws Exception {
		var request = new MockHttpServletRequest("GET", "/");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
		return request;
	}

	static class Pages {

		String page() {
			return "page";
		}

		@ResponseBody
		Map<String, String> data() {
			return Map.of();
		}

	}

	@RestController
	static class Api {

		Map<String, String> data() {
			return Map.of();
		}

	}

}
