package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rules about SQL that ArchUnit cannot see, because they live in the source text: SQL is
 * a constant, never built from table names or conditions at run time, and it asks the
 * application for the time instead of the database.
 */
class SqlSourceTests {

	private static final Path MAIN = Path.of("src/main/java");

	/** {@code jdbc.sql(…)} and JDBC's own {@code prepareStatement(…)}. */
	private static final Pattern STATEMENT = Pattern.compile("\\.sql\\(|\\bprepareStatement\\(");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

	/**
	 * The database's clock, where the application's Clock should be passed as a
	 * parameter.
	 */
	private static final Pattern DATABASE_TIME = Pattern.compile(
			"(?i)\\b(now\\s*\\(\\s*\\)|current_timestamp|current_date|current_time|localtimestamp|clock_timestamp|transaction_timestamp|statement_timestamp)");

	/**
	 * Files that may build statements: the embedded database's set-up writes role names
	 * and passwords into DDL, which takes no parameters; the demo generator writes its
	 * own fixed tables with one {@code unnest} insert per table and bypasses the modules
	 * on purpose (docs/ARCHITECTURE.md, "Demo and benchmark data"); the read batch passes
	 * the modules' statements on, each checked here where a module writes it
	 * ({@code reads.sql(…)}), and joins those sent together into one.
	 */
	private static final List<String> MAY_BUILD_STATEMENTS = List.of("nl/kernteam/shared/database/",
			"nl/kernteam/demo/RegionRows.java", "nl/kernteam/shared/ReadBatch.java");

	@Test
	void sqlIsAConstantNeverBuiltFromTablesOrConditions() {
		var violations = new ArrayList<String>();
		for (Path file : javaFiles()) {
			if (MAY_BUILD_STATEMENTS.stream().anyMatch(prefix -> relative(file).startsWith(prefix))) {
				continue;
			}
			String source = read(file);
			Matcher call = STATEMENT.matcher(source);
			while (call.find()) {
				String argument = argument(source, call.end());
				if (!isConstant(argument, source)) {
					violations.add(
							relative(file) + ":" + line(source, call.start()) + " builds its SQL: " + argument.strip());
				}
			}
		}
		assertThat(violations)
			.as("SQL built at run time: write the statement as one constant text with parameters "
					+ "(optional filters as `(:x is null or …)`, lists as arrays)")
			.isEmpty();
	}

	@Test
	void sqlAsksTheApplicationForTheTime() throws IOException {
		var violations = new ArrayList<String>();
		for (Path file : javaFiles()) {
			String source = read(file);
			for (String literal : literals(source)) {
				if (DATABASE_TIME.matcher(literal).find()) {
					violations.add(relative(file) + ": " + literal.strip().lines().findFirst().orElse(""));
				}
			}
		}
		try (Stream<Path> resources = Files.walk(Path.of("src/main/resources"))) {
			resources.filter(path -> path.toString().endsWith(".sql"))
				// a migration's column default or trigger is the database's own business
				.filter(path -> !path.toString().contains("db/migration"))
				.filter(path -> DATABASE_TIME.matcher(read(path)).find())
				.forEach(path -> violations.add(path.toString()));
		}
		assertThat(violations).as("SQL that reads the database's clock: pass the Clock's instant as :now").isEmpty();
	}

	/** The text between the call's parentheses, with literals kept. */
	private static String argument(String source, int start) {
		int depth = 1;
		int i = start;
		while (i < source.length()) {
			int end = literalEnd(source, i);
			if (end > i) {
				i = end;
				continue;
			}
			char c = source.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return source.substring(start, i);
			}
			i++;
		}
		throw new IllegalStateException("unbalanced parentheses after " + start);
	}

	/**
	 * Whether an argument is literals and constants of its own class joined by {@code +}:
	 * what javac folds into one text. A local variable, a parameter or a method call
	 * ({@code formatted}, a helper) is built at run time.
	 */
	private static boolean isConstant(String argument, String source) {
		String[] parts = withoutLiterals(argument).split("\\+", -1);
		for (String part : parts) {
			String token = part.strip();
			if (token.equals("\"\"")) {
				continue;
			}
			if (!CONSTANT.matcher(token).matches()
					|| !Pattern.compile("static final String " + token + "\\s*=").matcher(source).find()) {
				return false;
			}
		}
		return true;
	}

	/** Every string literal and text block replaced by {@code ""}. */
	private static String withoutLiterals(String text) {
		var out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int end = literalEnd(text, i);
			if (end > i) {
				out.append(text.charAt(i) == '\'' ? "' '" : "\"\"");
				i = end;
			}
			else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	private static List<String> literals(String source) {
		var found = new ArrayList<String>();
		int i = 0;
		while (i < source.length()) {
			int end = literalEnd(source, i);
			if (end > i) {
				if (source.charAt(i) == '"') {
					found.add(source.substring(i, end));
				}
				i = end;
			}
			else if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
			}
			else if (source.startsWith("/*", i)) {
				i = source.indexOf("*/", i) + 2;
			}
			else {
				i++;
			}
		}
		return found;
	}

	/**
	 * The end of a string literal, text block or char literal starting at {@code i}, or
	 * {@code i} if none does.
	 */
	private static int literalEnd(String source, int i) {
		char c = source.charAt(i);
		if (source.startsWith("\"\"\"", i)) {
			int end = i + 3;
			while (!source.startsWith("\"\"\"", end) || source.charAt(end - 1) == '\\') {
				end++;
			}
			return end + 3;
		}
		if (c == '"' || c == '\'') {
			int end = i + 1;
			while (source.charAt(end) != c) {
				end += source.charAt(end) == '\\' ? 2 : 1;
			}
			return end + 1;
		}
		return i;
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String relative(Path file) {
		return MAIN.relativize(file).toString().replace('\\', '/');
	}

	private static int line(String source, int offset) {
		return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

}
