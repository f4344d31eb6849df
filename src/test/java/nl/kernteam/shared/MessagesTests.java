package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles: Dutch complete, English complete, no literal text
 * in the templates, and no key used that the bundles lack.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)[}(]");

	@Test
	void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path dutch : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				Path english = BUNDLES.resolve(dutch.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for " + dutch.getFileName()).exists();
				assertThat(load(english).stringPropertyNames()).as(english.getFileName().toString())
					.containsExactlyInAnyOrderElementsOf(load(dutch).stringPropertyNames());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = allKeys();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(matcher.group(1) + " in " + TEMPLATES.relativize(template));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (replacesItsContent(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter) && !insideReplacedElement(element)) {
						literal.add(TEMPLATES.relativize(template) + ": \"" + text.text().trim() + "\"");
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static boolean insideReplacedElement(Element element) {
		for (Element parent : element.parents()) {
			if (replacesItsContent(parent)) {
				return true;
			}
		}
		return false;
	}

	private static boolean replacesItsContent(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
				|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
