package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.Context;

/**
 * The layout's view made from a page's model (issue 19): what the layout reads, in the
 * request's language, and an attribute of another type ignored rather than a failed page.
 */
class LayoutsTests {

	final StaticMessageSource messages = new StaticMessageSource();

	final Layouts layouts;

	LayoutsTests() {
		messages.setUseCodeAsDefaultMessage(false);
		for (String key : List.of("app.name", "layout.unsaved", "layout.draft", "layout.draft.restore",
				"layout.draft.discard", "layout.skipToContent", "layout.demo", "layout.demo.refused",
				"layout.nav.label", "layout.logout", "layout.footer")) {
			messages.addMessage(key, Locale.forLanguageTag("nl"), key.equals("app.name") ? "Kernteam" : key);
		}
		messages.addMessage("notification.unreadCount", Locale.forLanguageTag("nl"), "{0} ongelezen");
		messages.addMessage("saved", Locale.forLanguageTag("nl"), "Opgeslagen.");
		var servletContext = new MockServletContext();
		servletContext.setContextPath("/kt");
		layouts = new Layouts(new LayoutTexts(messages, servletContext), messages);
	}

	@Test
	void readsWhatTheLayoutShowsFromTheModel() {
		var me = new Actor(UUID.randomUUID(), "Esther van Dijk", UUID.randomUUID(), "Wijkteam Zuid", null,
				java.util.Set.of());
		var link = new NavigationLink("/kt/notifications", "Meldingen", null, false, true);
		Map<String, Object> model = Map.of("me", me, "navigation", List.of(link), "unreadNotifications", 3L, "notice",
				"saved", "focusId", "text", "demoMode", true);

		var view = layouts.view("Gezin De Vries", Locale.forLanguageTag("nl"), model::get);

		assertThat(view.title()).isEqualTo("Gezin De Vries · Kernteam");
		assertThat(view.lang()).isEqualTo("nl");
		assertThat(view.who()).isEqualTo("Esther van Dijk");
		assertThat(view.organisation()).isEqualTo("Wijkteam Zuid");
		assertThat(view.navigation()).containsExactly(link);
		assertThat(view.showsUnread(link)).isTrue();
		assertThat(view.unreadTitle()).isEqualTo("3 ongelezen");
		assertThat(view.notice()).isEqualTo("Opgeslagen.");
		assertThat(view.focusId()).isEqualTo("text");
		assertThat(view.demo()).isTrue();
		assertThat(view.demoRefused()).isFalse();
		assertThat(view.t().logoutHref()).isEqualTo("/kt/logout");
	}

	@Test
	void ignoresAttributesOfAnotherTypeAndShowsNoMenuToNobody() {
		Map<String, Object> model = new HashMap<>();
		model.put("me", "not an actor");
		model.put("navigation", "not a list");
		model.put("unreadNotifications", 2);
		model.put("notice", 42);

		var view = layouts.view(null, Locale.forLanguageTag("nl"), model::get);

		assertThat(view.title()).isEqualTo(" · Kernteam");
		assertThat(view.who()).isNull();
		assertThat(view.navigation()).isEmpty();
		assertThat(view.unread()).isEqualTo(2L);
		assertThat(view.notice()).isNull();
		assertThat(view.csrf()).isNull();
	}

	@Test
	void cutsTheLayoutWhereAThymeleafPagesContentGoes() {
		var frame = layouts.frame("Titel", new Context(Locale.forLanguageTag("nl")));

		assertThat(frame.top().strip()).startsWith("<html lang=\"nl\">")
			.contains("<title>Titel · Kernteam</title>")
			.endsWith("<main id=\"main\" class=\"page\" tabindex=\"-1\">");
		assertThat(frame.top()).doesNotContain("site-nav", "demo-banner");
		assertThat(frame.bottom()).contains("</main>", "layout.footer").endsWith("</html>\n");
	}

}
