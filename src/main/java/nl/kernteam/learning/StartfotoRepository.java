package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A team's starting pictures, one per year. */
@Repository
class StartfotoRepository {

	private final JdbcClient jdbc;

	StartfotoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the year's picture (a team may correct it during the year). */
	void save(UUID organisation, Startfoto startfoto, UUID by, Instant at) {
		jdbc.sql("""
				delete from startfoto_expertise
				 where startfoto_id in (select id from startfoto where organisation_id = :organisation and year = :year)
				""").param("organisation", organisation).param("year", startfoto.year()).update();
		jdbc.sql("""
				delete from startfoto_agreement
				 where startfoto_id in (select id from startfoto where organisation_id = :organisation and year = :year)
				""").param("organisation", organisation).param("year", startfoto.year()).update();
		jdbc.sql("""
				delete from startfoto_programme
				 where startfoto_id in (select id from startfoto where organisation_id = :organisation and year = :year)
				""").param("organisation", organisation).param("year", startfoto.year()).update();
		jdbc.sql("delete from startfoto where organisation_id = :organisation and year = :year")
			.param("organisation", organisation)
			.param("year", startfoto.year())
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into startfoto (id, organisation_id, year, created_at, created_by)
				values (:id, :organisation, :year, :at, :by)
				""")
			.param("id", id)
			.param("organisation", organisation)
			.param("year", startfoto.year())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		startfoto.expertise()
			.stream()
			.distinct()
			.forEach(e -> jdbc.sql("""
					insert into startfoto_expertise (startfoto_id, professional_id, expertise)
					values (:id, :professional, :expertise) on conflict do nothing
					""")
				.param("id", id)
				.param("professional", e.professionalId())
				.param("expertise", e.expertise().strip())
				.update());
		startfoto.agreements()
			.forEach(a -> jdbc.sql("""
					insert into startfoto_agreement (startfoto_id, partner, signed_on, covers)
					values (:id, :partner, :signedOn, :covers) on conflict do nothing
					""")
				.param("id", id)
				.param("partner", a.partner().strip())
				.param("signedOn", a.signedOn())
				.param("covers", a.covers().strip())
				.update());
		startfoto.programmes().forEach(p -> jdbc.sql("""
				insert into startfoto_programme (startfoto_id, name) values (:id, :name) on conflict do nothing
				""").param("id", id).param("name", p.strip()).update());
	}

	/** The year's picture, or the latest before it when {@code before}. */
	Optional<Startfoto> find(UUID organisation, int year, boolean before) {
		Optional<Object[]> head = jdbc
			.sql("""
					select id, year from startfoto
					 where organisation_id = :organisation and ((not :before and year = :year) or (:before and year < :year))
					 order by year desc limit 1
					""")
			.param("before", before)
			.param("organisation", organisation)
			.param("year", year)
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getInt("year") })
			.optional();
		return head.map(h -> new Startfoto((Integer) h[1], jdbc.sql("""
				select e.professional_id, p.name, e.expertise from startfoto_expertise e
				  left join professional_profile p on p.id = e.professional_id
				 where e.startfoto_id = :id order by lower(p.name), e.expertise
				""")
			.param("id", h[0])
			.query((rs, row) -> new Startfoto.Expertise(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list(),
				jdbc.sql(
						"""
								select partner, signed_on, covers from startfoto_agreement where startfoto_id = :id order by lower(partner)
								""")
					.param("id", h[0])
					.query((rs, row) -> new Startfoto.Agreement(rs.getString(1), rs.getObject(2, LocalDate.class),
							rs.getString(3)))
					.list(),
				jdbc.sql("select name from startfoto_programme where startfoto_id = :id order by lower(name)")
					.param("id", h[0])
					.query(String.class)
					.list()));
	}

	/** The latest year the team made a picture, if any. */
	Optional<Integer> latestYear(UUID organisation) {
		return jdbc.sql("select year from startfoto where organisation_id = :organisation order by year desc limit 1")
			.param("organisation", organisation)
			.query(Integer.class)
			.optional();
	}

	int colleagues(UUID organisation, List<UUID> professionals) {
		return jdbc.sql("""
				select count(*) from professional_profile where organisation_id = :organisation and id = any(:ids)
				""")
			.param("organisation", organisation)
			.param("ids", professionals.stream().distinct().toArray(UUID[]::new))
			.query(Integer.class)
			.single();
	}

}
