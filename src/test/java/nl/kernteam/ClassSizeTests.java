package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Classes stay under 300 lines (STYLE.md, Comments and commits): beyond that, split them
 * by use case.
 */
class ClassSizeTests {

	static final int MAX_LINES = 300;

	private static final Path MAIN = Path.of("src/main/java");

	@Test
	void everyClassStaysWithinThreeHundredLines() throws IOException {
		List<String> tooLong;
		try (Stream<Path> files = Files.walk(MAIN)) {
			tooLong = files.filter(path -> path.toString().endsWith(".java"))
				.sorted()
				.filter(path -> lines(path) > MAX_LINES)
				.map(path -> MAIN.relativize(path) + " has " + lines(path) + " lines")
				.toList();
		}
		assertThat(tooLong).as("classes over " + MAX_LINES + " lines: split them along their use cases").isEmpty();
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
