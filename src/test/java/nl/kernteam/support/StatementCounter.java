package nl.kernteam.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.kernteam.shared.ReadBatch;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application's {@link DataSource} is asked to do on the current thread:
 * statements executed, commits, rollbacks and statements run outside a transaction
 * (autocommit, each its own transaction). A test wraps one request in {@link #count} and
 * asserts that a page is one unit of work. MockMvc runs the request on the test's thread,
 * so work of other threads (scheduled jobs) is not counted.
 * <p>
 * Registered for every integration test ({@link IntegrationTest}): it wraps the primary
 * {@code dataSource} bean only, and counts nothing unless a thread asks.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<Counts> CURRENT = new ThreadLocal<>();

	/** Runs the work and returns what it asked of the database on this thread. */
	public static Counts count(Work work) throws Exception {
		var counts = new Counts();
		var before = CURRENT.get();
		CURRENT.set(counts);
		try {
			work.run();
		}
		finally {
			CURRENT.set(before);
		}
		return counts;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("dataSource".equals(beanName) && bean instanceof DataSource dataSource) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** The work counted, such as one {@code mvc.perform(…)}. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	/** What one piece of work asked of the database. */
	public static final class Counts {

		private int statements;

		private int commits;

		private int rollbacks;

		private int autocommitStatements;

		private int roundTrips;

		private int connectionsHeld;

		private int mostConnectionsHeld;

		private final List<String> sql = new ArrayList<>();

		/**
		 * Statements executed (a JDBC batch counts once, a {@link ReadBatch} each of its
		 * reads), inside transactions or not.
		 */
		public int statements() {
			return statements;
		}

		/**
		 * Statements and batches of statements sent, each one round trip (a commit not
		 * counted).
		 */
		public int roundTrips() {
			return roundTrips;
		}

		/**
		 * The most connections this thread held at once: one for a page that never waits
		 * for a second connection while holding its first.
		 */
		public int mostConnectionsHeld() {
			return mostConnectionsHeld;
		}

		/** Explicit commits of a transaction. */
		public int commits() {
			return commits;
		}

		public int rollbacks() {
			return rollbacks;
		}

		/** Statements executed outside a transaction: each commits on its own. */
		public int autocommitStatements() {
			return autocommitStatements;
		}

		/**
		 * Transactions: those committed or rolled back explicitly, and each statement run
		 * outside one.
		 */
		public int transactions() {
			return commits + rollbacks + autocommitStatements;
		}

		/** The statements in the order they ran (outside a transaction marked so). */
		public List<String> sql() {
			return sql;
		}

		@Override
		public String toString() {
			return statements + " statements in " + roundTrips + " round trips, " + transactions() + " transactions ("
					+ commits + " commits, " + rollbacks + " rollbacks, " + autocommitStatements
					+ " outside a transaction):\n" + String.join("\n", sql);
		}

	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			var counts = CURRENT.get();
			if (counts != null) {
				counts.connectionsHeld++;
				counts.mostConnectionsHeld = Math.max(counts.mostConnectionsHeld, counts.connectionsHeld);
			}
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionHandler(target));
		}

	}

	private record ConnectionHandler(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			var counts = CURRENT.get();
			if (counts != null && method.getName().equals("commit")) {
				counts.commits++;
				counts.sql.add("-- commit");
			}
			if (counts != null && method.getName().equals("close") && !target.isClosed()) {
				counts.connectionsHeld--;
			}
			if (counts != null && method.getName().equals("rollback") && (args == null || args.length == 0)) {
				counts.rollbacks++;
				counts.sql.add("-- rollback");
			}
			Object result = call(target, method, args);
			if (result instanceof Statement statement) {
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				Class<?> type = result instanceof CallableStatement ? CallableStatement.class
						: result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
				return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
						new StatementHandler(target, statement, sql));
			}
			return result;
		}

	}

	private record StatementHandler(Connection connection, Statement target, String sql) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			var counts = CURRENT.get();
			if (counts != null && method.getName().startsWith("execute")) {
				String text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
				// a batch of reads (ReadBatch) is one round trip of several statements
				counts.statements += Math.max(1,
						text.split(java.util.regex.Pattern.quote(ReadBatch.MARK), -1).length - 1);
				counts.roundTrips++;
				boolean alone = connection.getAutoCommit();
				if (alone) {
					counts.autocommitStatements++;
				}
				counts.sql.add((alone ? "[outside a transaction] " : "") + text.replaceAll("\\s+", " ").strip());
			}
			return call(target, method, args);
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException thrown) {
			throw thrown.getCause();
		}
	}

}
