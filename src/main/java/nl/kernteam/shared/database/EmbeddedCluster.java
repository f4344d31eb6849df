package nl.kernteam.shared.database;

import static nl.kernteam.shared.database.DatabaseCredentials.APPLICATION;
import static nl.kernteam.shared.database.DatabaseCredentials.OWNER;
import static nl.kernteam.shared.database.DatabaseCredentials.SUPERUSER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.kernteam.shared.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL with password authentication and two roles of Kernteam's own:
 * {@value DatabaseCredentials#OWNER} owns every table and runs the migrations,
 * {@value DatabaseCredentials#APPLICATION} owns nothing and is what the application
 * connects as. The bootstrap superuser is only used here, at start.
 * <p>
 * A data directory made by an older Kernteam (every local connection trusted, everything
 * owned by the superuser) is upgraded on its first start: roles created, ownership handed
 * to the owner role, passwords written, {@code pg_hba.conf} rewritten and reloaded. Every
 * step is repeated on every start, so a crash halfway through is finished by the next
 * start.
 */
final class EmbeddedCluster {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

	static final String DATABASE = "postgres";

	static final String PG_HBA = """
			# Written by Kernteam on every start: every connection needs a password (SCRAM).
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final DatabaseCredentials credentials;

	private EmbeddedCluster(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
		this.postgres = postgres;
		this.credentials = credentials;
	}

	/**
	 * @param builder the zonky builder with server settings; this adds data directory,
	 * authentication and roles
	 * @param dataDir Kernteam's data directory: the cluster in {@code pg}, the passwords
	 * in {@code pg-credentials}; {@code null} for a throwaway cluster whose passwords are
	 * kept in memory only
	 */
	static EmbeddedCluster start(EmbeddedPostgres.Builder builder, Path dataDir) throws IOException {
		if (dataDir == null) {
			// stopped by the context as well (see below): with zonky's hook, a test run's
			// end stopped PostgreSQL while a job still asked for a connection, and the
			// forked JVM waited 30 s for one until Surefire killed it
			var credentials = DatabaseCredentials.generate();
			return started(fresh(builder.setRegisterShutdownHook(false), credentials), credentials, false);
		}
		Path pgDir = pgDir(dataDir);
		Path credentialsFile = credentialsFile(dataDir);
		Files.createDirectories(dataDir);
		StalePostmaster.stopIfRunning(pgDir);
		// Stopped by the application context as its last bean, after the connections and
		// whatever still writes on shutdown; zonky's own shutdown hook would stop it at
		// the same time as the context (hooks run in parallel), so that Ctrl-C logged a
		// warning per pooled connection and waited 30 s for a connection that never came.
		// A process killed outright leaves a postmaster behind: the next start stops it.
		builder.setDataDirectory(pgDir).setCleanDataDirectory(false).setRegisterShutdownHook(false);
		boolean existing = Files.exists(pgDir.resolve("postgresql.conf"));
		boolean trusting = existing && !Files.exists(credentialsFile);
		DatabaseCredentials credentials;
		if (trusting) {
			log.warn("Upgrading the embedded PostgreSQL in {}: it trusts every local connection; from now on it asks "
					+ "passwords, kept in {}", pgDir, credentialsFile);
			credentials = DatabaseCredentials.generate();
		}
		else if (Files.exists(credentialsFile)) {
			credentials = DatabaseCredentials.read(credentialsFile);
		}
		else {
			credentials = DatabaseCredentials.generate();
			// before initdb: a cluster must never have a password no file knows
			credentials.write(credentialsFile);
		}
		if (!existing) {
			fresh(builder, credentials);
		}
		else if (!trusting) {
			builder.setDataDirectoryCustomizer(EmbeddedCluster::writePgHba);
		}
		var cluster = started(builder.setConnectConfig("password", credentials.superuser()), credentials, trusting);
		if (trusting) {
			credentials.write(credentialsFile);
			writePgHba(pgDir.toFile());
			cluster.asSuperuser("select pg_reload_conf()");
			log.info("The embedded PostgreSQL now asks passwords; they are in {}", credentialsFile);
		}
		return cluster;
	}

	static Path pgDir(Path dataDir) {
		return dataDir.resolve("pg");
	}

	static Path credentialsFile(Path dataDir) {
		return dataDir.resolve("pg-credentials");
	}

	/**
	 * initdb with SCRAM and the superuser's password from the start: the cluster never
	 * trusts anyone.
	 */
	private static EmbeddedPostgres.Builder fresh(EmbeddedPostgres.Builder builder, DatabaseCredentials credentials)
			throws IOException {
		Path passwordFile = OwnerOnlyFiles.write(Files.createTempFile("kernteam-pg", ".pw"),
				credentials.superuser() + "\n");
		// zonky passes these as --auth=... and --pwfile=...; they override its own "-A
		// trust"
		return builder.setLocaleConfig("auth", "scram-sha-256")
			.setLocaleConfig("pwfile", passwordFile.toString())
			.setConnectConfig("password", credentials.superuser())
			.setDataDirectoryCustomizer(directory -> {
				writePgHba(directory);
				try {
					Files.deleteIfExists(passwordFile);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
	}

	private static EmbeddedCluster started(EmbeddedPostgres.Builder builder, DatabaseCredentials credentials,
			boolean upgrading) throws IOException {
		var cluster = new EmbeddedCluster(builder.start(), credentials);
		try {
			cluster.setUpRoles(upgrading);
		}
		catch (RuntimeException e) {
			cluster.postgres.close();
			throw e;
		}
		return cluster;
	}

	private static void writePgHba(java.io.File directory) {
		try {
			Files.writeString(directory.toPath().resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Roles, passwords and the schema's privileges, the same on every start. The grants
	 * on the tables themselves follow the migrations
	 * ({@code db/migration/afterMigrate.sql}), as the owner role gives them.
	 */
	private void setUpRoles(boolean upgrading) {
		asSuperuser("""
				do $$ begin
				    if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
				    if not exists (select from pg_roles where rolname = '%2$s') then create role %2$s; end if;
				end $$""".formatted(OWNER, APPLICATION));
		for (String role : new String[] { OWNER, APPLICATION }) {
			asSuperuser("alter role " + role
					+ " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls" + " password '"
					+ (role.equals(OWNER) ? credentials.owner() : credentials.application()) + "'");
		}
		asSuperuser("alter role " + SUPERUSER + " with password '" + credentials.superuser() + "'");
		asSuperuser("revoke all on schema public from public");
		asSuperuser("grant usage, create on schema public to " + OWNER);
		asSuperuser("grant usage on schema public to " + APPLICATION);
		asSuperuser("revoke create on database " + DATABASE + " from public");
		// the owner role may not create extensions here (it does not own the database);
		// the migration that uses pg_trgm (V3_9) finds it
		asSuperuser("create extension if not exists pg_trgm");
		handOverToOwner(upgrading);
	}

	/**
	 * What an older Kernteam created as the superuser becomes the owner role's; a no-op
	 * on a new cluster.
	 */
	private void handOverToOwner(boolean upgrading) {
		asSuperuser(
				"""
						do $$
						declare
						    r record;
						begin
						    for r in select c.oid::regclass as name, c.relkind from pg_class c
						              where c.relnamespace = 'public'::regnamespace and c.relowner = '%1$s'::regrole
						                and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
						              order by c.relkind = 'S' loop
						        -- an identity or serial sequence moved with its table already
						        continue when r.relkind = 'S' and (select relowner from pg_class where oid = r.name) <> '%1$s'::regrole;
						        execute format('alter %%s %%s owner to %2$s',
						            case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
						                           when 'f' then 'foreign table' when 'S' then 'sequence' else 'table' end, r.name);
						    end loop;
						    for r in select p.oid::regprocedure as name from pg_proc p
						              where p.pronamespace = 'public'::regnamespace and p.proowner = '%1$s'::regrole loop
						        execute format('alter routine %%s owner to %2$s', r.name);
						    end loop;
						    for r in select t.oid::regtype as name from pg_type t
						              where t.typnamespace = 'public'::regnamespace and t.typowner = '%1$s'::regrole
						                and t.typtype in ('e', 'd', 'r') loop
						        execute format('alter type %%s owner to %2$s', r.name);
						    end loop;
						end $$"""
					.formatted(SUPERUSER, OWNER));
		if (upgrading) {
			log.info("Tables of the embedded PostgreSQL now belong to {}; Kernteam connects as {}", OWNER, APPLICATION);
		}
	}

	/**
	 * Makes the statistics of {@code pg_stat_statements} readable (a throwaway cluster
	 * started with the library loaded), in a schema of their own apart from Kernteam's
	 * tables: each statement's calls and plans, visible to the role that ran it.
	 */
	void trackStatements() {
		asSuperuser("""
				create schema if not exists statistics;
				grant usage on schema statistics to public;
				create extension if not exists pg_stat_statements schema statistics""");
	}

	private void asSuperuser(String sql) {
		try (Connection connection = postgres
			.getDatabase(SUPERUSER, DATABASE, Map.of("password", credentials.superuser()))
			.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Setting up the embedded PostgreSQL failed: " + e.getMessage(), e);
		}
	}

	EmbeddedPostgres postgres() {
		return postgres;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	DatabaseCredentials credentials() {
		return credentials;
	}

	/**
	 * The cluster's Unix domain socket in the directory it was told to make it in
	 * ({@code unix_socket_directories}); empty where there is none.
	 */
	Optional<Path> unixSocket(Path directory) {
		Path socket = directory.resolve(".s.PGSQL." + postgres.getPort());
		return Files.exists(socket) ? Optional.of(socket) : Optional.empty();
	}

	/** Connections as the owner role, for the migrations only. */
	DataSource ownerDataSource() {
		return postgres.getDatabase(OWNER, DATABASE, Map.of("password", credentials.owner()));
	}

	void close() throws IOException {
		postgres.close();
	}

}
