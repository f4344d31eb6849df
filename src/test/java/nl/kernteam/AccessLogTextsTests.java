package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.kernteam.household.HouseholdItem;
import org.junit.jupiter.api.Test;

/**
 * Every kind of data the access log names has words on the pages that show the log: the
 * privacy officer's log of a household ({@code audit.resource.*}, for every name the code
 * logs with an action or a kind of data) and the family's own list of who looked
 * ({@code portal.accessLog.item.*}, for every kind of data). The family saw
 * {@code ??portal.accessLog.item.LEGAL_TRACK_nl??}, the privacy officer 37 such names,
 * before these texts were there ({@code PageCrawl} found them).
 */
class AccessLogTextsTests {

	/** A resource named with the action or the kind of data it is logged with. */
	private static final Pattern LOGGED = Pattern
		.compile("(?:AccessAction|HouseholdItem)\\.[A-Z_]+,\\s*\"([a-z][a-z0-9.\\-]*)[\":]");

	@Test
	void everyResourceTheCodeLogsHasItsWordsInBothLanguages() throws IOException {
		var logged = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var names = LOGGED.matcher(Files.readString(file));
				while (names.find()) {
					logged.add(names.group(1));
				}
			}
		}
		assertThat(logged).as("the names the code logs").contains("household", "plan.agreement", "court-order");
		for (String language : new String[] { "", "_en" }) {
			Set<String> keys = keys(language);
			assertThat(logged.stream().map(name -> "audit.resource." + name)).as("texts of language '" + language + "'")
				.allMatch(keys::contains);
		}
	}

	@Test
	void everyKindOfDataHasItsWordsInTheFamilysList() throws IOException {
		for (String language : new String[] { "", "_en" }) {
			Set<String> keys = keys(language);
			for (HouseholdItem item : HouseholdItem.values()) {
				assertThat(keys).as(language).contains("portal.accessLog.item." + item);
			}
		}
	}

	private static Set<String> keys(String language) throws IOException {
		var keys = new TreeSet<String>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : files.filter(f -> language.isEmpty() ? !f.getFileName().toString().contains("_")
					: f.getFileName().toString().endsWith(language + ".properties"))
				.toList()) {
				var properties = new Properties();
				try (var reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				keys.addAll(properties.stringPropertyNames());
			}
		}
		return keys;
	}

}
