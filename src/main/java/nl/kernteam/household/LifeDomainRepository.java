package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Life-domain checks: one row per check, one per scored domain. */
@Repository
class LifeDomainRepository {

	private final JdbcClient jdbc;

	LifeDomainRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when a check with this id exists already (a repeated submit)
	 */
	boolean insert(UUID id, UUID household, RecordLifeDomains check, UUID by, Instant now) {
		boolean inserted = jdbc.sql("""
				insert into life_domain_check (id, household_id, member_id, checked_on, created_at, created_by)
				values (:id, :household, :member, :date, :now, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("member", check.memberId())
			.param("date", check.date())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
		if (inserted) {
			var scores = check.scores();
			jdbc.sql("""
					insert into life_domain_score (check_id, domain, score, words, strength)
					select :id, * from unnest(:domains, :scores, :words, :strengths)
					""")
				.param("id", id)
				.param("domains", scores.stream().map(s -> s.domain().name()).toArray(String[]::new))
				.param("scores", scores.stream().map(RecordLifeDomains.Score::score).toArray(Integer[]::new))
				.param("words",
						scores.stream().map(s -> blank(s.words()) ? null : s.words().trim()).toArray(String[]::new))
				.param("strengths",
						scores.stream()
							.map(s -> s.strength() == null ? null : s.strength().name())
							.toArray(String[]::new))
				.update();
		}
		return inserted;
	}

	Optional<UUID> householdOf(UUID check) {
		return jdbc.sql("select household_id from life_domain_check where id = :id")
			.param("id", check)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The household's checks, newest first, with their scores: one query for a page of
	 * checks.
	 */
	PageOf<LifeDomainCheck> page(UUID household, PageOf.Request page) {
		return PageOf.counted(page, request -> {
			var checks = new LinkedHashMap<UUID, PageOf.Counted<LifeDomainCheck>>();
			jdbc.sql(
					"""
							select c.id, c.member_id, c.checked_on, c.total, m.given_name || ' ' || m.family_name as member_name,
							       s.domain, s.score, s.words, s.strength
							  from (select id, member_id, checked_on, created_at, count(*) over () as total
							          from life_domain_check where household_id = :household
							         order by checked_on desc, created_at desc, id
							         limit :limit offset :offset) c
							  join member m on m.id = c.member_id
							  join life_domain_score s on s.check_id = c.id
							 order by c.checked_on desc, c.created_at desc, c.id, s.domain
							""")
				.param("household", household)
				.param("limit", request.size())
				.param("offset", request.offset())
				.query(rs -> {
					UUID id = rs.getObject("id", UUID.class);
					var check = checks.get(id);
					if (check == null) {
						check = new PageOf.Counted<>(new LifeDomainCheck(id, rs.getObject("member_id", UUID.class),
								rs.getString("member_name"), rs.getObject("checked_on", LocalDate.class),
								new ArrayList<>()), rs.getLong("total"));
						checks.put(id, check);
					}
					check.item()
						.scores()
						.add(new RecordLifeDomains.Score(LifeDomain.valueOf(rs.getString("domain")), rs.getInt("score"),
								rs.getString("words"),
								rs.getString("strength") == null ? null : Strength.valueOf(rs.getString("strength"))));
				});
			checks.values()
				.forEach(check -> check.item()
					.scores()
					.sort(java.util.Comparator.comparing(RecordLifeDomains.Score::domain)));
			return List.copyOf(checks.values());
		});
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
