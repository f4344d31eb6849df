package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccessLogPagingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLog accessLog;

	/**
	 * Rows "household:1" (newest) … "household:n" (oldest) for a household of their own;
	 * every two rows share a timestamp, so that the id has to break ties.
	 */
	private UUID householdWithRows(int n) {
		UUID household = UUID.randomUUID();
		jdbc.sql("""
				insert into access_log (at, actor_name, household_id, action, resource, outcome)
				select date_trunc('second', now()) - ((i + 1) / 2) * interval '100 milliseconds', 'Test', :household,
				       'READ', 'household:' || i, 'GRANTED'
				  from generate_series(:n, 1, -1) i
				""").param("household", household).param("n", n).update();
		return household;
	}

	private static List<String> resources(AccessLogPage page) {
		return page.items().stream().map(AccessLogEntry::resource).toList();
	}

	private static List<String> expected(int from, int to) {
		var list = new ArrayList<String>();
		for (int i = from; i <= to; i++) {
			list.add("household:" + i);
		}
		return list;
	}

	@Test
	void olderPagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
		UUID household = householdWithRows(120);
		var first = accessLog.forHousehold(household, AccessLogPage.Request.newest(50));
		assertThat(resources(first)).isEqualTo(expected(1, 50));
		assertThat(first.newer()).isNull();
		var second = accessLog.forHousehold(household,
				new AccessLogPage.Request(50, AccessLogCursor.parse(first.older(), "before"), null, null));
		assertThat(resources(second)).isEqualTo(expected(51, 100));
		var third = accessLog.forHousehold(household,
				new AccessLogPage.Request(50, AccessLogCursor.parse(second.older(), "before"), null, null));
		assertThat(resources(third)).isEqualTo(expected(101, 120));
		assertThat(third.older()).isNull();
		assertThat(third.newer()).isNotNull();
	}

	@Test
	void newerPageLeadsBackToThePageBefore() {
		UUID household = householdWithRows(120);
		var first = accessLog.forHousehold(household, AccessLogPage.Request.newest(50));
		var second = accessLog.forHousehold(household,
				new AccessLogPage.Request(50, AccessLogCursor.parse(first.older(), "before"), null, null));
		var back = accessLog.forHousehold(household,
				new AccessLogPage.Request(50, null, AccessLogCursor.parse(second.newer(), "after"), null));
		assertThat(resources(back)).isEqualTo(expected(1, 50));
		assertThat(back.newer()).isNull();
		assertThat(back.older()).isEqualTo(first.older());
	}

	@Test
	void pageByNumberStillWorksForApiClients() {
		UUID household = householdWithRows(120);
		var page = accessLog.forHousehold(household, new AccessLogPage.Request(50, null, null, 1));
		assertThat(resources(page)).isEqualTo(expected(51, 100));
		assertThat(page.page()).isEqualTo(1);
		assertThat(page.newer()).isNotNull();
		assertThat(page.older()).isNotNull();
	}

	@Test
	void countsExactlyUpToTheCapAndSaysWhenThereAreMore() {
		var small = accessLog.forHousehold(householdWithRows(3), AccessLogPage.Request.newest(50));
		assertThat(small.total()).isEqualTo(3);
		assertThat(small.totalCapped()).isFalse();
		assertThat(small.older()).isNull();
		var exactlyCap = accessLog.forHousehold(householdWithRows(PageOf.COUNT_CAP), AccessLogPage.Request.newest(50));
		assertThat(exactlyCap.total()).isEqualTo(PageOf.COUNT_CAP);
		assertThat(exactlyCap.totalCapped()).isFalse();
		var large = accessLog.forHousehold(householdWithRows(PageOf.COUNT_CAP + 1), AccessLogPage.Request.newest(50));
		assertThat(large.total()).isEqualTo(PageOf.COUNT_CAP);
		assertThat(large.totalCapped()).isTrue();
		assertThat(large.items()).hasSize(50);
	}

	@Test
	void cursorSurvivesTheRoundTripThroughALink() {
		var cursor = new AccessLogCursor(Instant.parse("2026-03-01T09:15:30.123456Z"), 4711);
		assertThat(AccessLogCursor.parse(cursor.toString(), "before")).isEqualTo(cursor);
		assertThat(AccessLogCursor.parse(" ", "before")).isNull();
	}

	@Test
	void rejectsAMalformedCursorAsInvalidInput() {
		for (String bad : List.of("abc", "12", "1.2.3", "99999999999999999999.1", "1;drop table access_log",
				"-9223372036854775807.1", "9223372036854775807.1")) {
			assertThatThrownBy(() -> AccessLogCursor.parse(bad, "before")).isInstanceOf(InvalidInputException.class);
		}
	}

}
