package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Counted words say one or more as Dutch does: "1 betrokkene", not "1 betrokkenen"; and a
 * name that carries its relation in brackets ("Riet (oma)") gets no second pair.
 */
class PluralWordingTests {

	@Test
	void oneIsSingularAndMoreIsPlural() {
		assertThat(format("network", "network.section.count", 1, 1)).isEqualTo("1 betrokkene nu · 1 overdracht");
		assertThat(format("network", "network.section.count", 3, 0)).isEqualTo("3 betrokkenen nu · geen overdrachten");
		assertThat(format("household", "household.ecomap.more", 1)).startsWith("En nog 1 betrokkene;");
		assertThat(format("household", "household.genogram.description", 1)).startsWith("Genogram met 1 persoon.");
		assertThat(format("network", "network.picture.description", 1)).endsWith(": 1 persoon.");
		assertThat(format("safetyteam", "safetyteam.overview.clock.left", 1)).isEqualTo("Nog 1 dag");
		assertThat(format("safetyteam", "safetyteam.overview.clock.overdue", 2))
			.isEqualTo("Te laat: 2 dagen over de termijn");
		assertThat(format("network", "network.team.householdCount", 1)).isEqualTo("1 gezin");
	}

	@Test
	void anInformalNameWithItsRelationGetsNoSecondBrackets() {
		assertThat(format("assessment", "assessment.chart.seriesLabel", "Riet (oma)", "eigen netwerk"))
			.isEqualTo("Riet (oma) · eigen netwerk")
			.doesNotContain(") (");
	}

	private static String format(String bundle, String key, Object... arguments) {
		var messages = new Properties();
		try (var in = new InputStreamReader(
				PluralWordingTests.class.getResourceAsStream("/i18n/" + bundle + ".properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new MessageFormat(messages.getProperty(key), Locale.forLanguageTag("nl")).format(arguments);
	}

}
