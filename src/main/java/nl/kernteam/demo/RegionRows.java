package nl.kernteam.demo;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the households being generated, table by table, written in one statement
 * per table and batch.
 */
final class RegionRows {

	static final int BATCH = 1000;

	final List<Object[]> households = new ArrayList<>();

	final List<Object[]> members = new ArrayList<>();

	final List<Object[]> involvements = new ArrayList<>();

	final List<Object[]> contactPersons = new ArrayList<>();

	final List<Object[]> notes = new ArrayList<>();

	final List<Object[]> plans = new ArrayList<>();

	final List<Object[]> goals = new ArrayList<>();

	final List<Object[]> agreements = new ArrayList<>();

	final List<Object[]> evaluations = new ArrayList<>();

	final List<Object[]> statuses = new ArrayList<>();

	final List<Object[]> conditions = new ArrayList<>();

	final List<Object[]> checks = new ArrayList<>();

	private final JdbcTemplate jdbc;

	RegionRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean full() {
		return households.size() >= BATCH;
	}

	void flush() {
		insertAll("household", "id, name, created_at, created_by, updated_at",
				List.of("uuid", "text", "timestamptz", "uuid", "timestamptz"), households);
		insertAll("member",
				"id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint, bsn_encrypted, position, gender",
				List.of("uuid", "uuid", "text", "text", "date", "text", "text", "text", "int4", "text"), members);
		insertAll("involvement", """
				id, household_id, professional_id, organisation_id, person_name, relation, role, reason, started_at,
				started_by, ended_at, ended_by""", List.of("uuid", "uuid", "uuid", "uuid", "text", "text", "text",
				"text", "timestamptz", "uuid", "timestamptz", "uuid"), involvements);
		insertAll("contact_person", "id, household_id, professional_id, reason, started_at, started_by, ended_at",
				List.of("uuid", "uuid", "uuid", "text", "timestamptz", "uuid", "timestamptz"), contactPersons);
		insertAll("note", "id, household_id, author_id, organisation_id, kind, occurred_on, text, created_at",
				List.of("uuid", "uuid", "uuid", "uuid", "text", "date", "text", "timestamptz"), notes);
		insertAll("plan", "household_id, phase, family_words, created_at, created_by, updated_at, updated_by",
				List.of("uuid", "text", "text", "timestamptz", "uuid", "timestamptz", "uuid"), plans);
		insertAll("plan_goal", "id, household_id, text, position, created_at, created_by",
				List.of("uuid", "uuid", "text", "int4", "timestamptz", "uuid"), goals);
		insertAll("plan_agreement", """
				id, household_id, goal_id, description, owner_kind, owner_member_id, owner_involvement_id,
				owner_professional_id, owner_name, due_date, status, created_at, created_by, updated_at, updated_by""",
				List.of("uuid", "uuid", "uuid", "text", "text", "uuid", "uuid", "uuid", "text", "date", "text",
						"timestamptz", "uuid", "timestamptz", "uuid"),
				agreements);
		insertAll("plan_evaluation", "id, household_id, planned_on, created_at, created_by",
				List.of("uuid", "uuid", "date", "timestamptz", "uuid"), evaluations);
		insertAll("plan_safety_status", "id, household_id, status, since, set_by, set_at",
				List.of("uuid", "uuid", "text", "date", "uuid", "timestamptz"), statuses);
		insertAll("plan_safety_condition", "id, household_id, text, agreed_on, position, created_at, created_by",
				List.of("uuid", "uuid", "text", "date", "int4", "timestamptz", "uuid"), conditions);
		insertAll("plan_condition_check", "id, condition_id, checked_on, held, checked_by, recorded_by, recorded_at",
				List.of("uuid", "uuid", "date", "bool", "text", "uuid", "timestamptz"), checks);
		statuses.clear();
		conditions.clear();
		checks.clear();
		notes.clear();
		plans.clear();
		goals.clear();
		agreements.clear();
		evaluations.clear();
		households.clear();
		members.clear();
		involvements.clear();
		contactPersons.clear();
	}

	/**
	 * Inserts rows with one statement per table and batch: each column goes as one array,
	 * and {@code unnest} turns the arrays back into rows. A JDBC batch would execute one
	 * insert per row on the server; this was the generator's largest cost (see
	 * docs/BENCHMARKS.md).
	 */
	private void insertAll(String table, String columns, List<String> types, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder arrays = new StringBuilder();
		for (int c = 0; c < types.size(); c++) {
			arrays.append(c == 0 ? "" : ", ").append("?::").append(types.get(c)).append("[]");
		}
		String sql = "insert into " + table + " (" + columns + ") select * from unnest(" + arrays + ")";
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int c = 0; c < types.size(); c++) {
					String[] column = new String[rows.size()];
					for (int r = 0; r < rows.size(); r++) {
						column[r] = text(rows.get(r)[c]);
					}
					statement.setArray(c + 1, connection.createArrayOf("text", column));
				}
				statement.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * A value as PostgreSQL reads it back from text; instants in ISO-8601 UTC, never in
	 * the JVM's zone.
	 */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString();
	}

}
