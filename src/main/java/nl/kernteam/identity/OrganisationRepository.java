package nl.kernteam.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CreateOrganisation command) {
		jdbc.sql("""
				insert into organisation (id, name, type, phone, email) values (:id, :name, :type, :phone, :email)
				""")
			.param("id", id)
			.param("name", command.name().trim())
			.param("type", command.type().name())
			.param("phone", blankToNull(command.phone()))
			.param("email", blankToNull(command.email()))
			.update();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:name))")
			.param("name", name.trim())
			.query(Boolean.class)
			.single();
	}

	Optional<OrganisationSummary> find(UUID id) {
		return jdbc.sql("select id, name, type, phone, email from organisation where id = :id")
			.param("id", id)
			.query(OrganisationRepository::summary)
			.optional();
	}

	List<OrganisationSummary> all() {
		return jdbc.sql("select id, name, type, phone, email from organisation order by lower(name)")
			.query(OrganisationRepository::summary)
			.list();
	}

	static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("phone"), rs.getString("email"));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
