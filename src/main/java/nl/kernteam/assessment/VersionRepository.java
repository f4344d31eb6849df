package nl.kernteam.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The immutable versions of assessments: who saved, when, and the whole document as JSON.
 */
@Repository
class VersionRepository {

	private final JdbcClient jdbc;

	VersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertVersion(UUID id, int version, Instant at, UUID by, String byName, String documentJson) {
		jdbc.sql("""
				insert into assessment_version (assessment_id, version, saved_at, saved_by, saved_by_name, document)
				values (:id, :version, :at, :by, :name, cast(:document as jsonb))
				""")
			.param("id", id)
			.param("version", version)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", byName)
			.param("document", documentJson)
			.update();
	}

	/**
	 * Newest first, with one version more than asked for so that the oldest shown can be
	 * compared with its predecessor.
	 */
	List<VersionRow> versions(UUID id, int limit, int offset) {
		return jdbc.sql("""
				select version, saved_at, saved_by_name, document::text as document from assessment_version
				 where assessment_id = :id order by version desc limit :limit offset :offset
				""")
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new VersionRow(rs.getInt("version"), AssessmentRepository.instant(rs, "saved_at"),
					rs.getString("saved_by_name"), rs.getString("document")))
			.list();
	}

	Optional<VersionRow> version(UUID id, int version) {
		return jdbc.sql("""
				select version, saved_at, saved_by_name, document::text as document from assessment_version
				 where assessment_id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.query((rs, row) -> new VersionRow(rs.getInt("version"), AssessmentRepository.instant(rs, "saved_at"),
					rs.getString("saved_by_name"), rs.getString("document")))
			.optional();
	}

	record VersionRow(int version, Instant savedAt, String savedByName, String document) {
	}

}
