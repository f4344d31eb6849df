package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads sent together ({@link ReadBatch}, issue 19): one round trip for all, each read's
 * rows its own, as if sent one by one.
 */
@IntegrationTest
class ReadBatchIntegrationTests {

	@Autowired
	ReadBatches batches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readsRegisteredTogetherGoInOneRoundTripEachWithItsOwnRows() throws Exception {
		var counts = StatementCounter.count(() -> transactions.executeWithoutResult(status -> {
			var reads = batches.start();
			var numbers = reads.sql("select n from generate_series(1, :upTo) n order by n")
				.param("upTo", 3)
				.list((rs, row) -> rs.getInt(1));
			var nothing = reads.sql("select 1 from generate_series(1, 0) where cast(:text as text) is null")
				.param("text", null)
				.optional((rs, row) -> rs.getInt(1));
			var chosen = reads.sql("select count(*) from generate_series(1, 10) n where n in (:chosen)")
				.param("chosen", List.of(2, 4, 11))
				.single((rs, row) -> rs.getLong(1));
			// a semicolon and a colon in a text, no parameter and no end of the statement
			var text = reads.sql("select 'a;b' || ':c' || :suffix")
				.param("suffix", "d")
				.single((rs, row) -> rs.getString(1));

			assertThat(numbers.get()).containsExactly(1, 2, 3);
			assertThat(nothing.get()).isEmpty();
			assertThat(chosen.get()).isEqualTo(2);
			assertThat(text.get()).isEqualTo("a;b:cd");
		}));
		assertThat(counts.roundTrips()).as(counts.toString()).isEqualTo(1);
		assertThat(counts.statements()).as(counts.toString()).isEqualTo(4);
	}

	/**
	 * The same reads again use the statement's text kept from the first time, but a list
	 * parameter of another length must get its own number of placeholders, and other
	 * values their own rows.
	 */
	@Test
	void theSameReadsAgainWithOtherValuesAndListsOfOtherLengthsGetTheirOwnRows() {
		for (var chosen : List.of(List.of(2), List.of(2, 4, 6), List.of(1, 2, 3, 4, 5, 6, 7), List.of(9))) {
			int upTo = chosen.size();
			transactions.executeWithoutResult(status -> {
				var reads = batches.start();
				var counted = reads.sql("select count(*) from generate_series(1, 10) n where n in (:chosen)")
					.param("chosen", chosen)
					.single((rs, row) -> rs.getLong(1));
				var numbers = reads.sql("select n from generate_series(1, :upTo) n order by n")
					.param("upTo", upTo)
					.list((rs, row) -> rs.getInt(1));
				assertThat(counted.get()).isEqualTo(chosen.size());
				assertThat(numbers.get()).hasSize(upTo);
			});
			transactions.executeWithoutResult(status -> {
				var reads = batches.start();
				var numbers = reads.sql("select n from generate_series(1, :upTo) n order by n")
					.param("upTo", upTo + 1)
					.list((rs, row) -> rs.getInt(1));
				var text = reads.sql("select 'n' || :n").param("n", upTo).single((rs, row) -> rs.getString(1));
				assertThat(numbers.get()).hasSize(upTo + 1);
				assertThat(text.get()).isEqualTo("n" + upTo);
			});
		}
	}

	@Test
	void aReadRegisteredAfterTheBatchRanGoesWithTheNext() throws Exception {
		var counts = StatementCounter.count(() -> transactions.executeWithoutResult(status -> {
			var reads = batches.start();
			var first = reads.sql("select 1").single((rs, row) -> rs.getInt(1));
			var second = reads.sql("select 2").single((rs, row) -> rs.getInt(1));
			assertThat(first.get()).isEqualTo(1);
			var third = reads.sql("select 3").single((rs, row) -> rs.getInt(1));
			assertThat(third.get()).isEqualTo(3);
			assertThat(second.get()).isEqualTo(2);
			// asked again, answered from what was read
			assertThat(first.get()).isEqualTo(1);
		}));
		assertThat(counts.roundTrips()).as(counts.toString()).isEqualTo(2);
		assertThat(counts.statements()).as(counts.toString()).isEqualTo(3);
	}

	@Test
	void readsSeeTheTransactionsOwnWrites() {
		var id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("create temporary table batch_probe (id uuid) on commit drop").update();
			jdbc.sql("insert into batch_probe values (:id)").param("id", id).update();
			var reads = batches.start();
			var found = reads.sql("select id from batch_probe where id = :id")
				.param("id", id)
				.optional((rs, row) -> rs.getObject(1, UUID.class));
			var count = reads.sql("select count(*) from batch_probe").single((rs, row) -> rs.getLong(1));
			assertThat(found.get()).isEqualTo(Optional.of(id));
			assertThat(count.get()).isEqualTo(1);
		});
	}

	@Test
	void aFailingReadFailsTheBatchAsADataAccessException() {
		transactions.executeWithoutResult(status -> {
			var reads = batches.start();
			var fine = reads.sql("select 1").single((rs, row) -> rs.getInt(1));
			var failing = reads.sql("select 1 / (:zero)").param("zero", 0).single((rs, row) -> rs.getInt(1));
			assertThatThrownBy(fine::get).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("division by zero");
			// asked later, each read of the failed batch fails the same way, none answers
			// null
			assertThatThrownBy(failing::get).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("division by zero");
			assertThatThrownBy(fine::get).isInstanceOf(DataAccessException.class);
			status.setRollbackOnly();
		});
	}

	@Test
	void aReadThatAnswersNoRowsIsRefusedRatherThanGivenTheNextReadsRows() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("create temporary table batch_probe (id int) on commit drop").update();
			var reads = batches.start();
			var update = reads.sql("update batch_probe set id = 1").query(rs -> "rows");
			var next = reads.sql("select 2").single((rs, row) -> rs.getInt(1));
			assertThatThrownBy(next::get).isInstanceOf(InvalidDataAccessApiUsageException.class)
				.hasMessageContaining("answers no rows");
			assertThatThrownBy(update::get).isInstanceOf(InvalidDataAccessApiUsageException.class);
			status.setRollbackOnly();
		});
	}

	@Test
	void singleAndOptionalHoldTheirRowCounts() {
		transactions.executeWithoutResult(status -> {
			var reads = batches.start();
			var none = reads.sql("select 1 where false").single((rs, row) -> rs.getInt(1));
			var two = reads.sql("select n from generate_series(1, 2) n").optional((rs, row) -> rs.getInt(1));
			assertThatThrownBy(none::get).isInstanceOf(EmptyResultDataAccessException.class);
			assertThatThrownBy(two::get).isInstanceOf(IncorrectResultSizeDataAccessException.class);
		});
	}

	@Test
	void readsNowAreAnsweredAtOnceEachInItsOwnRoundTrip() throws Exception {
		var counts = StatementCounter.count(() -> transactions.executeWithoutResult(status -> {
			var reads = ReadBatch.now(jdbc);
			var one = reads.sql("select :n::int").param("n", 1).single((rs, row) -> rs.getInt(1));
			var two = reads.sql("select :n::int").param("n", 2).single((rs, row) -> rs.getInt(1));
			assertThat(List.of(one.get(), two.get())).containsExactly(1, 2);
		}));
		assertThat(counts.roundTrips()).as(counts.toString()).isEqualTo(2);
		assertThat(counts.sql()).noneMatch(sql -> sql.contains(ReadBatch.MARK.strip()));
	}

}
