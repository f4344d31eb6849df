package nl.kernteam.shared.database;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key has an index that starts with its columns and covers every row (issue
 * 19), read from the migrated schema's catalogue. Without one, PostgreSQL reads the whole
 * referring table for every row deleted from the table it refers to (destroying a
 * household deletes its members, involvements, plan and more), and a query for all of a
 * household's rows of one kind reads it too (the timeline reads closed and reopened
 * closures): costs that grow with the region, not with the household. A partial index
 * does not count, as it leaves out rows that the check and such a query must see.
 *
 * <p>
 * Keys that refer to a professional or an organisation are left out: those rows are
 * deactivated, never deleted, and a list of "this professional's rows" has an index of
 * its own, asked for by its page's plan rather than by this rule.
 */
@IntegrationTest
class ForeignKeyIndexIntegrationTests {

	/**
	 * The foreign keys of the application's tables (a partition has its table's), except
	 * those to a professional or an organisation, as "table(columns) -> referred table".
	 */
	static final String KEYS = """
			select c.conrelid::regclass::text || '(' ||
			       (select string_agg(a.attname, ',' order by a.attnum) from pg_attribute a
			         where a.attrelid = c.conrelid and a.attnum = any (c.conkey))
			       || ') -> ' || c.confrelid::regclass::text
			  from pg_constraint c
			  join pg_class t on t.oid = c.conrelid
			  join pg_namespace s on s.oid = t.relnamespace and s.nspname = current_schema()
			 where c.contype = 'f' and not t.relispartition
			   and c.confrelid not in ('professional'::regclass, 'organisation'::regclass)
			""";

	static final String FOREIGN_KEYS = KEYS + " order by 1";

	/**
	 * Those without an index of the referring table over all its rows whose first columns
	 * are the key's columns, in any order.
	 */
	static final String WITHOUT_INDEX = KEYS + """
			   and not exists (select 1 from pg_index i
			                    where i.indrelid = c.conrelid and i.indpred is null
			                      and (select array_agg(k order by k) from unnest(c.conkey) k)
			                        = (select array_agg(k order by k)
			                             from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k))
			 order by 1
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedCluster cluster;

	@Test
	void everyForeignKeyHasAnIndexOverAllRowsThatStartsWithItsColumns() {
		assertThat(jdbc.sql(FOREIGN_KEYS).query(String.class).list()).as("the foreign keys looked at")
			.hasSizeGreaterThan(40)
			.contains("household_closure(household_id) -> household", "member_relation(to_member_id) -> member");
		assertThat(jdbc.sql(WITHOUT_INDEX).query(String.class).list())
			.as("foreign keys without an index over all rows that starts with their columns")
			.isEmpty();
	}

	@Test
	void findsAKeyWithoutAnIndexOneWithOnlyAPartialIndexAndOneBehindAnotherColumn() throws Exception {
		// a table of the owner's, made and rolled back in one transaction: the
		// application role may create none
		DataSource owner = cluster.ownerDataSource();
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			try {
				var probe = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				probe.sql("""
						create table foreign_key_probe (id uuid primary key, removed boolean,
						    household_id uuid references household (id), member_id uuid references member (id),
						    plan_id uuid references plan (household_id))
						""").update();
				probe
					.sql("create index foreign_key_probe_current on foreign_key_probe (household_id) where not removed")
					.update();
				probe.sql("create index foreign_key_probe_second on foreign_key_probe (removed, member_id)").update();
				probe.sql("create index foreign_key_probe_plan on foreign_key_probe (plan_id, removed)").update();
				assertThat(probes(probe)).containsExactly("foreign_key_probe(household_id) -> household",
						"foreign_key_probe(member_id) -> member");
				probe.sql("create index foreign_key_probe_all on foreign_key_probe (household_id)").update();
				assertThat(probes(probe)).containsExactly("foreign_key_probe(member_id) -> member");
			}
			finally {
				connection.rollback();
			}
		}
	}

	List<String> probes(JdbcClient probe) {
		return probe.sql(WITHOUT_INDEX)
			.query(String.class)
			.list()
			.stream()
			.filter(key -> key.startsWith("foreign_key_probe("))
			.toList();
	}

}
