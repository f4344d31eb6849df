package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module boundaries in SQL: {@code ModularityTests} sees imports, this test sees table
 * names. Each table and view belongs to the module whose migration creates it: the number
 * before the underscore of a versioned migration's version (1 identity, 2 audit, 3
 * household, 4 network, 5 signal, 6 assessment, 7 plan, 9 notification, 10 shared, 11
 * portal, 12 safetyteam), which must agree with the module word that starts the file's
 * description; a repeatable migration ({@code R__<module>_...}) belongs to the module its
 * name starts with.
 * <p>
 * The rule: a module's SQL (text in its Java code under {@code nl/kernteam/<module>/},
 * and {@code .sql} files under {@code src/main/resources/<module>/}) names only its own
 * tables and views, and views that other modules publish.
 * <ul>
 * <li><b>Every view is published</b>: a module makes a view exactly to let others read it
 * (household's {@code household_member}, network's {@code household_visibility},
 * identity's {@code professional_name}); its tables are its own. A view's columns are the
 * owning module's promise, so it chooses what it gives away.</li>
 * <li><b>The access log</b> ({@code access_log}, {@code access_log_chain}) is audit's
 * like any table: others write it through {@code AccessLog.record} and read it through
 * audit's Java API only. No view is published.</li>
 * <li><b>{@code household_visibility}</b> is network's published view: who may see which
 * household now, the SQL face of {@code HouseholdAccessPolicy}, so that household lists
 * and notifications stay one query.</li>
 * <li><b>demo</b>: only its generator ({@link #GENERATOR}) writes other modules' tables,
 * on purpose and in bulk (see {@code demo/package-info.java}); the rest of demo, and
 * every module's own demo data, obey the rule.</li>
 * </ul>
 */
class TableOwnershipTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path JAVA = Path.of("src/main/java/nl/kernteam");

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Map<String, String> MODULE_BY_NUMBER = Map.ofEntries(Map.entry("1", "identity"),
			Map.entry("2", "audit"), Map.entry("3", "household"), Map.entry("4", "network"), Map.entry("5", "signal"),
			Map.entry("6", "assessment"), Map.entry("7", "plan"), Map.entry("9", "notification"),
			Map.entry("10", "shared"), Map.entry("11", "portal"), Map.entry("12", "safetyteam"),
			Map.entry("13", "learning"), Map.entry("14", "webhook"));

	/**
	 * The demo generator, which bypasses the modules for speed; nothing else is exempt.
	 */
	static final Set<Path> GENERATOR = Set.of(JAVA.resolve("demo/DemoDataLoader.java"),
			JAVA.resolve("demo/RegionGenerator.java"), JAVA.resolve("demo/FamilySystemDemo.java"));

	static final Pattern MIGRATION_NAME = Pattern.compile("(?:V(\\d+)_\\d+|R)__([a-z]+)_.*\\.sql");

	static final Pattern CREATES = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(?:materialized\\s+)?(view)|table)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\b");

	static final Pattern NAMES = Pattern.compile(
			"\\b(?:(insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)|from|join|into|table|exists)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");

	/**
	 * A statement, or the rest of one whose select list is a constant of its own
	 * ({@code "select " + COLUMNS + """ from … join …"""}): a literal that starts with
	 * {@code from} or joins a table. Such a rest named another module's tables unseen.
	 */
	static final Pattern LOOKS_LIKE_SQL = Pattern.compile(
			"\\bselect\\b|\\binsert\\s+into\\b|\\bupdate\\s+[a-z_]+\\s+set\\b|\\bdelete\\s+from\\b|^\\s*from\\s+[a-z_]+\\b|\\bjoin\\s+(?:lateral\\s+)?[a-z_][a-z0-9_]*\\b");

	@Test
	void everyModuleNamesOnlyItsOwnTablesAndPublishedViews() {
		var relations = relations();
		assertThat(relations).containsKeys("member", "professional", "household_visibility", "access_log", "plan_goal");
		var violations = new ArrayList<String>();
		for (Path file : moduleSql()) {
			if (GENERATOR.contains(file)) {
				continue;
			}
			String module = moduleOf(file);
			for (Sql sql : sqlIn(file)) {
				Matcher named = NAMES.matcher(sql.text());
				while (named.find()) {
					Relation relation = relations.get(named.group(2));
					if (relation == null || relation.module().equals(module)) {
						continue;
					}
					if (!relation.published()) {
						violations.add(file + ":" + sql.line() + " (" + module + ") names " + relation.module()
								+ "'s table " + relation.name());
					}
					else if (named.group(1) != null) {
						violations.add(file + ":" + sql.line() + " (" + module + ") writes " + relation.module()
								+ "'s published view " + relation.name());
					}
				}
			}
		}
		assertThat(violations).as("SQL naming another module's table; read its published view or its Java API")
			.isEmpty();
	}

	@Test
	void findsAnotherModulesTableInSql() {
		var relations = relations();
		String sql = "select m.id from member m join household_visibility v on v.household_id = m.household_id";
		var named = NAMES.matcher(sql);
		var found = new ArrayList<Relation>();
		while (named.find()) {
			found.add(relations.get(named.group(2)));
		}
		assertThat(found).extracting(Relation::name, Relation::module, Relation::published)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("member", "household", false),
					org.assertj.core.groups.Tuple.tuple("household_visibility", "network", true));
		assertThat(sqlIn("class A { String s = \"\"\"\n\t\tselect 1\n\t\t  from plan_goal\n\t\t\"\"\"; }",
				Path.of("A.java")))
			.extracting(Sql::line)
			.containsExactly(1);
		// the rest of a statement after a constant select list
		assertThat(sqlIn(
				"class A { String s = \"select \" + COLUMNS + \"\"\"\n\t\t  from involvement i\n"
						+ "\t\t  left join professional p on p.id = i.professional_id\n\t\t\"\"\"; }",
				Path.of("A.java")))
			.extracting(Sql::text)
			.anySatisfy(text -> assertThat(text).contains("join professional p"));
	}

	/** Every table and view the migrations create, by name. */
	static Map<String, Relation> relations() {
		var relations = new TreeMap<String, Relation>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.equals("afterMigrate.sql")) {
					continue;
				}
				Matcher m = MIGRATION_NAME.matcher(name);
				assertThat(m.matches()).as("migration name " + name).isTrue();
				String module = m.group(2);
				if (m.group(1) != null) {
					assertThat(MODULE_BY_NUMBER.get(m.group(1))).as("module of " + name + " by its version")
						.isEqualTo(module);
				}
				Matcher created = CREATES.matcher(withoutComments(read(file)));
				while (created.find()) {
					relations.put(created.group(2), new Relation(created.group(2), module, created.group(1) != null));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return relations;
	}

	/**
	 * The Java sources of the modules and the .sql files kept beside the resources of
	 * each module.
	 */
	static List<Path> moduleSql() {
		try (Stream<Path> java = Files.walk(JAVA); Stream<Path> resources = Files.walk(RESOURCES)) {
			var files = new ArrayList<>(java.filter(p -> p.toString().endsWith(".java")).sorted().toList());
			files.addAll(resources.filter(p -> p.toString().endsWith(".sql") && !p.startsWith(MIGRATIONS))
				.sorted()
				.toList());
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String moduleOf(Path file) {
		Path relative = file.startsWith(JAVA) ? JAVA.relativize(file) : RESOURCES.relativize(file);
		return relative.getName(0).toString();
	}

	record Relation(String name, String module, boolean published) {
	}

	record Sql(int line, String text) {
	}

	static List<Sql> sqlIn(Path file) {
		String text = read(file);
		return file.toString().endsWith(".sql") ? List.of(new Sql(1, withoutComments(text).toLowerCase(Locale.ROOT)))
				: sqlIn(text, file);
	}

	/**
	 * The string literals and text blocks of a Java source that hold SQL, each with the
	 * line it starts on.
	 */
	static List<Sql> sqlIn(String java, Path file) {
		var found = new ArrayList<Sql>();
		int line = 1;
		int i = 0;
		while (i < java.length()) {
			char c = java.charAt(i);
			if (java.startsWith("//", i)) {
				i = java.indexOf('\n', i);
				if (i < 0) {
					break;
				}
			}
			else if (java.startsWith("/*", i)) {
				int end = java.indexOf("*/", i + 2) + 2;
				line += count(java, i, end);
				i = end;
			}
			else if (c == '\'') {
				int end = i + 1;
				while (java.charAt(end) != '\'') {
					end += java.charAt(end) == '\\' ? 2 : 1;
				}
				i = end + 1;
			}
			else if (c == '"') {
				boolean block = java.startsWith("\"\"\"", i);
				int start = i + (block ? 3 : 1);
				int end = start;
				while (!(block ? java.startsWith("\"\"\"", end) : java.charAt(end) == '"')) {
					end += java.charAt(end) == '\\' ? 2 : 1;
				}
				String literal = java.substring(start, end).toLowerCase(Locale.ROOT);
				if (LOOKS_LIKE_SQL.matcher(literal).find()) {
					found.add(new Sql(line, withoutComments(literal)));
				}
				line += count(java, i, end);
				i = end + (block ? 3 : 1);
			}
			else {
				if (c == '\n') {
					line++;
				}
				i++;
			}
		}
		return found;
	}

	private static int count(String text, int from, int to) {
		int lines = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

	static String withoutComments(String sql) {
		return sql.replaceAll("--[^\n]*", "");
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
