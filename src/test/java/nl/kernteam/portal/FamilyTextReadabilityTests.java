package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every text the family reads is plain Dutch, measured: the Flesch–Douma reading ease
 * (the Dutch adaptation of Flesch, Douma 1960): {@code 206.835 − 0.93 × words per
 * sentence − 77 × syllables per word}.
 * <p>
 * <b>Which texts.</b> Every key under {@code portal.} in {@code i18n/portal.properties},
 * except {@code portal.pro.} (for professionals: their queue of objections, the household
 * page's section) and the keys that are not prose ({@code .phone}, {@code .url}).
 * <p>
 * <b>Threshold, and why.</b> On Douma's scale 60–70 is "normal" text that most adults
 * read without effort, 70 and up "easy"; language level B1, which Dutch public services
 * write for (about 60% of adults read no higher), lies at roughly 60–65. Families in
 * child protection are often under stress and read on a phone, so we ask more than
 * "normal":
 * <ul>
 * <li>all family texts together score at least {@value #CORPUS_MINIMUM};</li>
 * <li>each text of at least {@value #MIN_WORDS} words (a sentence, not a label) scores at
 * least {@value #TEXT_MINIMUM}. Under {@value #MIN_WORDS} words the formula swings by 77
 * points on a single long compound word ("Organisatie"), so a short label is held by the
 * corpus score, not on its own.</li>
 * </ul>
 * A long official sentence ("Indien u het niet eens bent met de beslissing, kunt u binnen
 * de daarvoor geldende wettelijke termijn een bezwaarschrift indienen bij het bevoegde
 * bestuursorgaan.") scores about 15 and fails the second rule.
 */
class FamilyTextReadabilityTests {

	static final Path BUNDLE = Path.of("src/main/resources/i18n/portal.properties");

	static final double CORPUS_MINIMUM = 75;

	static final double TEXT_MINIMUM = 60;

	static final int MIN_WORDS = 6;

	/**
	 * Vowel groups that are one syllable in Dutch, longest first; every other vowel is a
	 * syllable of its own (so "beantwoorden" has four: be-ant-woor-den).
	 */
	static final Pattern NUCLEUS = Pattern
		.compile("ieu|eeu|aai|ooi|oei|ij|ei|ui|ou|au|ie|oe|eu|aa|ee|oo|uu|[aeiouyáéíóúàèëïöüê]");

	static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’-][\\p{L}\\d]+)*");

	@Test
	void everyFamilyTextIsPlainDutch() throws IOException {
		Map<String, String> texts = familyTexts();
		assertThat(texts).hasSizeGreaterThan(50).containsKeys("plan.print.rightsText", "login.activated");
		var tooHard = new ArrayList<String>();
		for (var text : texts.entrySet()) {
			var score = Score.of(text.getValue());
			if (score.words() >= MIN_WORDS && score.ease() < TEXT_MINIMUM) {
				tooHard.add("%s (%.0f): %s".formatted(text.getKey(), score.ease(), text.getValue()));
			}
		}
		assertThat(tooHard).as("family texts below Flesch–Douma %s; write shorter sentences and words", TEXT_MINIMUM)
			.isEmpty();
		var all = Score.of(String.join("\n", texts.values()));
		assertThat(all.ease()).as("Flesch–Douma of all family texts together").isGreaterThanOrEqualTo(CORPUS_MINIMUM);
	}

	@Test
	void aLongOfficialSentenceFails() {
		var official = Score.of("Indien u het niet eens bent met de beslissing, kunt u binnen de daarvoor geldende "
				+ "wettelijke termijn een bezwaarschrift indienen bij het bevoegde bestuursorgaan.");
		assertThat(official.ease()).isLessThan(TEXT_MINIMUM);
		var plain = Score.of("Bent u het niet eens met een besluit? Dan mag u bezwaar maken.");
		assertThat(plain.ease()).isGreaterThanOrEqualTo(TEXT_MINIMUM);
	}

	@Test
	void countsDutchSyllables() {
		assertThat(syllables("beantwoorden")).isEqualTo(4);
		assertThat(syllables("organisatie")).isEqualTo(5);
		assertThat(syllables("vertrouwenspersoon")).isEqualTo(5);
		assertThat(syllables("huis")).isEqualTo(1);
		assertThat(syllables("nieuw")).isEqualTo(1);
		assertThat(syllables("geëvalueerd")).isEqualTo(5);
	}

	/** The family's texts by key, placeholders read as a short name. */
	static Map<String, String> familyTexts() throws IOException {
		var properties = new Properties();
		properties.load(new StringReader(Files.readString(BUNDLE, StandardCharsets.UTF_8)));
		var texts = new TreeMap<String, String>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("portal.") && !key.startsWith("portal.pro.") && !key.endsWith(".phone")
					&& !key.endsWith(".url")) {
				texts.put(key, properties.getProperty(key).replaceAll("\\{\\d+}", "Sanne"));
			}
		}
		// what families read outside their own pages: the printed plan they take home,
		// and
		// the login page after activation
		for (var other : OTHER_FAMILY_TEXTS.entrySet()) {
			var bundle = new Properties();
			bundle.load(new StringReader(Files.readString(other.getKey(), StandardCharsets.UTF_8)));
			for (String key : bundle.stringPropertyNames()) {
				if (key.startsWith(other.getValue())) {
					texts.put(key, bundle.getProperty(key).replaceAll("\\{\\d+}", "Sanne"));
				}
			}
		}
		return texts;
	}

	/** Family texts in other modules' bundles, by key prefix. */
	static final Map<Path, String> OTHER_FAMILY_TEXTS = Map.of(Path.of("src/main/resources/i18n/plan.properties"),
			"plan.print.", Path.of("src/main/resources/i18n/identity.properties"), "login.activated");

	static int syllables(String word) {
		if (word.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		Matcher nuclei = NUCLEUS.matcher(word.toLowerCase(Locale.ROOT));
		int count = 0;
		while (nuclei.find()) {
			count++;
		}
		return Math.max(1, count);
	}

	record Score(int sentences, int words, int syllables) {

		static Score of(String text) {
			int sentences = 0;
			int words = 0;
			int syllables = 0;
			for (String sentence : text.split("[.!?:;]+(?=\\s|$)|\\n")) {
				List<String> inSentence = WORD.matcher(sentence).results().map(m -> m.group()).toList();
				if (inSentence.isEmpty()) {
					continue;
				}
				sentences++;
				words += inSentence.size();
				syllables += inSentence.stream().mapToInt(FamilyTextReadabilityTests::syllables).sum();
			}
			return new Score(Math.max(1, sentences), Math.max(1, words), syllables);
		}

		double ease() {
			return 206.835 - 0.93 * words / sentences - 77.0 * syllables / words;
		}

	}

}
