package nl.kernteam.safetyteam;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves and reads requests to the Raad (with their steps) and placement decisions. */
@Repository
class LegalStepRepository {

	private final JdbcClient jdbc;

	LegalStepRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertRequest(UUID id, UUID household, RaadRequestInput.Request request, UUID by, Instant now) {
		jdbc.sql("""
				insert into raad_request (id, household_id, requested_on, question, created_at, created_by)
				values (:id, :household, :requestedOn, :question, :now, :by)
				""")
			.param("id", id)
			.param("household", household)
			.param("requestedOn", request.requestedOn())
			.param("question", request.question())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	/** The day the request was made, for a request of this household. */
	Optional<LocalDate> requestedOn(UUID household, UUID request) {
		return jdbc.sql("select requested_on from raad_request where id = :id and household_id = :household")
			.param("id", request)
			.param("household", household)
			.query(LocalDate.class)
			.optional();
	}

	boolean recordTable(UUID request, RaadRequestInput.TableMeeting table) {
		return jdbc.sql("""
				update raad_request set table_held_on = :heldOn, table_participants = cast(:participants as text[]),
				                        table_outcome = :outcome
				 where id = :id and table_held_on is null
				""")
			.param("heldOn", table.heldOn())
			.param("participants",
					"{" + String.join(",", table.participants().stream().map(Enum::name).sorted().toList()) + "}")
			.param("outcome", table.outcome().name())
			.param("id", request)
			.update() == 1;
	}

	boolean recordAdvice(UUID request, RaadRequestInput.Advice advice) {
		return jdbc.sql("""
				update raad_request set advice_on = :givenOn, advice_kind = :kind, advice_text = :text
				 where id = :id and advice_on is null
				""")
			.param("givenOn", advice.givenOn())
			.param("kind", advice.kind().name())
			.param("text", advice.text())
			.param("id", request)
			.update() == 1;
	}

	boolean isOrderOfChild(UUID household, UUID child, UUID order) {
		return jdbc.sql("""
				select exists (select 1 from court_order where id = :order and household_id = :household
				               and child_member_id = :child and kind in ('PLACEMENT', 'EMERGENCY_PLACEMENT'))
				""")
			.param("order", order)
			.param("household", household)
			.param("child", child)
			.query(Boolean.class)
			.single();
	}

	void insertDecision(UUID id, UUID household, PlacementDecisionInput decision, UUID by, Instant now) {
		boolean out = decision.kind() == PlacementDecisionInput.Kind.OUT_OF_HOME_PLACEMENT;
		jdbc.sql("""
				insert into placement_decision (id, household_id, child_member_id, kind, decided_on, place, basis,
				                                court_order_id, why_not_own_network, rationale, created_at, created_by)
				values (:id, :household, :child, :kind, :decidedOn, :place, :basis, :order, :whyNot, :rationale, :now,
				        :by)
				""")
			.param("id", id)
			.param("household", household)
			.param("child", decision.childMemberId())
			.param("kind", decision.kind().name())
			.param("decidedOn", decision.decidedOn())
			.param("place", out ? decision.place().name() : null)
			.param("basis", out ? decision.basis().name() : null)
			.param("order",
					out && decision.basis() == PlacementDecisionInput.Basis.COURT_ORDER ? decision.courtOrderId()
							: null)
			.param("whyNot",
					out && decision.place() != PlacementDecisionInput.Place.OWN_NETWORK ? decision.whyNotOwnNetwork()
							: null)
			.param("rationale", decision.rationale())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	List<LegalSteps.RaadRequest> requests(UUID household) {
		return jdbc.sql("""
				select id, requested_on, question, table_held_on, table_participants, table_outcome, advice_on,
				       advice_kind, advice_text
				  from raad_request where household_id = :household order by requested_on desc, created_at desc
				""").param("household", household).query((rs, row) -> {
			var participants = rs.getArray("table_participants");
			String table = rs.getString("table_outcome");
			String advice = rs.getString("advice_kind");
			LocalDate requestedOn = rs.getObject("requested_on", LocalDate.class);
			return new LegalSteps.RaadRequest(rs.getObject("id", UUID.class), requestedOn,
					requestedOn.plusDays(LegalSteps.RAAD_START_NORM_DAYS), rs.getString("question"),
					rs.getObject("table_held_on", LocalDate.class),
					participants == null ? List.of()
							: java.util.Arrays.stream((String[]) participants.getArray())
								.map(RaadRequestInput.Participant::valueOf)
								.toList(),
					table == null ? null : RaadRequestInput.TableOutcome.valueOf(table),
					rs.getObject("advice_on", LocalDate.class),
					advice == null ? null : RaadRequestInput.AdviceKind.valueOf(advice), rs.getString("advice_text"));
		}).list();
	}

	List<LegalSteps.PlacementDecision> decisions(UUID household) {
		return jdbc.sql("""
				select d.id, d.child_member_id, m.given_name, d.kind, d.decided_on, d.place, d.basis, d.court_order_id,
				       d.why_not_own_network, d.rationale
				  from placement_decision d left join current_member m on m.id = d.child_member_id
				 where d.household_id = :household order by d.decided_on desc, d.created_at desc
				""").param("household", household).query((rs, row) -> {
			String place = rs.getString("place");
			String basis = rs.getString("basis");
			return new LegalSteps.PlacementDecision(rs.getObject("id", UUID.class),
					rs.getObject("child_member_id", UUID.class), rs.getString("given_name"),
					PlacementDecisionInput.Kind.valueOf(rs.getString("kind")),
					rs.getObject("decided_on", LocalDate.class),
					place == null ? null : PlacementDecisionInput.Place.valueOf(place),
					basis == null ? null : PlacementDecisionInput.Basis.valueOf(basis),
					rs.getObject("court_order_id", UUID.class), rs.getString("why_not_own_network"),
					rs.getString("rationale"));
		}).list();
	}

}
