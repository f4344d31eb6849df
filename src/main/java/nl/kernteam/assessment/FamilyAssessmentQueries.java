package nl.kernteam.assessment;

import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The household's assessments for the family's own pages: each assessment's latest saved
 * document, newest first, in one statement. For the portal, whose caller has already
 * checked and logged the family member's read through {@code FamilyAccess}; which items
 * the member sees the portal decides.
 */
@Service
public class FamilyAssessmentQueries {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FamilyAssessmentQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Every assessment of the household as last saved, the latest date first. The id goes
	 * in as a subquery, so that the statement is planned once (docs/ARCHITECTURE.md, "A
	 * statement planned once").
	 */
	@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
	public List<Saved> ofHousehold(HouseholdId household) {
		var reader = json.readerFor(AssessmentDocument.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		return jdbc.sql("""
				select a.id, v.document::text as document
				  from assessment a
				  join assessment_version v on v.assessment_id = a.id and v.version = a.version
				 where a.household_id = (select cast(:household as uuid))
				 order by a.assessed_on desc, a.created_at desc
				""")
			.param("household", household.value())
			.query((rs, n) -> new Saved(rs.getObject("id", UUID.class),
					reader.<AssessmentDocument>readValue(rs.getString("document"))))
			.list();
	}

	/** One assessment's id and its document as last saved. */
	public record Saved(UUID id, AssessmentDocument document) {
	}

}
