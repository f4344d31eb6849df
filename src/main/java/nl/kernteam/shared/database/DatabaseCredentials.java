package nl.kernteam.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles: the bootstrap superuser ({@code postgres}), the
 * migration role that owns every table ({@value #OWNER}) and the application role that owns nothing
 * ({@value #APPLICATION}). Generated once and kept in a file readable only by its owner.
 */
record DatabaseCredentials(String superuser, String owner, String application) {

	static final String SUPERUSER = "postgres";

	static final String OWNER = "kernteam_owner";

	static final String APPLICATION = "kernteam_app";

	private static final SecureRandom random = new SecureRandom();

	static DatabaseCredentials generate() {
		return new DatabaseCredentials(password(), password(), password());
	}

	/** Letters, digits, '-' and '_' only: safe inside an SQL literal and a pg password file. */
	private static String password() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static DatabaseCredentials read(Path file) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		var credentials = new DatabaseCredentials(properties.getProperty(SUPERUSER), properties.getProperty(OWNER),
				properties.getProperty(APPLICATION));
		if (credentials.superuser() == null || credentials.owner() == null || credentials.application() == null) {
			throw new IllegalStateException(file + " lacks a password for one of " + SUPERUSER + ", " + OWNER + ", " + APPLICATION);
		}
		return credentials;
	}

	/** Written to a temporary file first and moved into place, so that a crash never leaves half a file. */
	void write(Path file) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		ownerOnly(Files.createFile(temporary));
		var properties = new Properties();
		properties.setProperty(SUPERUSER, superuser);
		properties.setProperty(OWNER, owner);
		properties.setProperty(APPLICATION, application);
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "Passwords of Kernteam's embedded PostgreSQL. Keep this file with the data.");
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static Path ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system; the directory's own protection is all there is
		}
		return file;
	}

	@Override
	public String toString() {
		return "DatabaseCredentials[...]";
	}
}
