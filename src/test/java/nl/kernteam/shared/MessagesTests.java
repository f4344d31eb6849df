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
 * Every text a user reads comes from the message bundles: Dutch complete, English
 * complete, no literal text in the templates, and no key used that the bundles lack.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JTE = Path.of("src/main/jte");

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
		try (Stream<Path> files = Files.walk(JTE)) {
			for (Path template : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
				Matcher matcher = JTE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + JTE.relativize(template));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A fixed text a jte template names itself ({@code FixedTexts}):
	 * {@code t.text("key")}.
	 */
	static final Pattern JTE_KEY = Pattern.compile("\\bt\\.text\\(\"([a-zA-Z][\\w.\\-]*)\"\\)");

	@Test
	void aMissingKeyInAJteTemplateIsFound() {
		Matcher matcher = JTE_KEY.matcher("<h2>${t.text(\"plan.safety\")}</h2>");
		assertThat(matcher.find()).isTrue();
		assertThat(matcher.group(1)).isEqualTo("plan.safety");
	}

	/**
	 * A key no code or template names any more is dead text that translators keep up. A
	 * key counts as used when its name is in the code or a template, or when a name built
	 * there from a prefix ({@code 'audit.basis.' + rule}) could give it; Spring's and
	 * Bean Validation's own codes are used by the framework.
	 */
	@Test
	void everyKeyIsUsed() throws IOException {
		var sources = new StringBuilder();
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			for (Path file : files
				.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html")
						|| f.toString().endsWith(".js") || f.toString().endsWith(".jte"))
				.toList()) {
				sources.append(Files.readString(file)).append('\n');
			}
		}
		String code = sources.toString();
		Set<String> named = new TreeSet<>();
		Matcher name = KEY_NAME.matcher(code);
		while (name.find()) {
			named.add(name.group(1));
		}
		Set<String> prefixes = new TreeSet<>();
		Matcher prefix = KEY_PREFIX.matcher(code);
		while (prefix.find()) {
			prefixes.add(prefix.group(1));
		}
		Set<String> unused = new TreeSet<>();
		for (String key : allKeys()) {
			if (!named.contains(key) && FRAMEWORK_CODES.stream().noneMatch(key::startsWith)
					&& prefixes.stream().noneMatch(key::startsWith)) {
				unused.add(key);
			}
		}
		assertThat(unused).as("keys no code or template uses").isEmpty();
	}

	static final Pattern KEY_NAME = Pattern.compile("[\"'{]([a-zA-Z][\\w\\-]*(?:\\.[\\w\\-]+)*)[\"'}(]");

	/**
	 * A quoted name ending in a dot: the start of a key built from a value, here or in a
	 * fragment it is passed to.
	 */
	static final Pattern KEY_PREFIX = Pattern.compile("[\"']([a-zA-Z][\\w\\-]*(?:\\.[\\w\\-]+)*\\.)[\"']");

	/** Keys that Spring's binding and Bean Validation look up by themselves. */
	static final List<String> FRAMEWORK_CODES = List.of("typeMismatch", "jakarta.validation.constraints.");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (replacesItsContent(element) || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
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

	/**
	 * The same for the jte templates (issue 19): every text a page shows comes from the
	 * view record (and so from the bundles); what is left of a template without its
	 * expressions, directives and comments holds no letters outside tags.
	 */
	@Test
	void jteTemplatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		List<Path> jte;
		try (Stream<Path> files = Files.walk(JTE)) {
			jte = files.filter(f -> f.toString().endsWith(".jte")).toList();
		}
		assertThat(jte).isNotEmpty();
		for (Path template : jte) {
			var document = Jsoup.parseBodyFragment(withoutJteCode(Files.readString(template)));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						literal.add(JTE.relativize(template) + ": \"" + text.text().trim() + "\"");
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	@Test
	void literalTextInAJteTemplateIsFound() {
		var document = Jsoup.parseBodyFragment(withoutJteCode(
				"@param x.View view\n<%-- a comment --%>\n@if(view.a() != null)<p>${view.a()}</p>@endif<p>Hallo</p>$unsafe{view.b()}"));
		assertThat(document.body().text()).isEqualTo("Hallo");
	}

	/**
	 * A jte template without its comments, {@code @param}/{@code @import} lines,
	 * {@code ${...}}/{@code $unsafe{...}}/{@code !{...}} expressions and
	 * {@code @if(...)}-like directives.
	 */
	static String withoutJteCode(String template) {
		String text = template.replaceAll("(?s)<%--.*?--%>", "").replaceAll("(?m)^@(param|import)\\b.*$", "");
		var out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if ((c == '$' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				i = closing(text, i + 1, '{', '}') + 1;
			}
			else if (text.startsWith("$unsafe{", i)) {
				i = closing(text, i + "$unsafe".length(), '{', '}') + 1;
			}
			else if (c == '@' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
				int j = i + 1;
				while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
						|| text.charAt(j) == '-')) {
					j++;
				}
				i = (j < text.length() && text.charAt(j) == '(') ? closing(text, j, '(', ')') + 1 : j;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/** The index of the bracket closing the one at {@code open}. */
	private static int closing(String text, int open, char opening, char closing) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			if (text.charAt(i) == opening) {
				depth++;
			}
			else if (text.charAt(i) == closing && --depth == 0) {
				return i;
			}
		}
		return text.length() - 1;
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
