package nl.kernteam.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import nl.kernteam.shared.OwnerOnlyFiles;

/**
 * The passwords of the embedded PostgreSQL's three roles: the bootstrap superuser
 * ({@code postgres}), the migration role that owns every table ({@value #OWNER}) and the
 * application role that owns nothing ({@value #APPLICATION}). Generated once and kept in
 * a file readable only by its owner.
 */
record DatabaseCredentials(String superuser, String owner, String application) {

	static final String SUPERUSER = "postgres";

	static final String OWNER = "kernteam_owner";

	static final String APPLICATION = "kernteam_app";

	private static final SecureRandom random = new SecureRandom();

	static DatabaseCredentials generate() {
		return new DatabaseCredentials(password(), password(), password());
	}

	/**
	 * Letters, digits, '-' and '_' only: safe inside an SQL literal and a pg password
	 * file.
	 */
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
			throw new IllegalStateException(
					file + " lacks a password for one of " + SUPERUSER + ", " + OWNER + ", " + APPLICATION);
		}
		return credentials;
	}

	/**
	 * Written to a temporary file first and moved into place, so that a crash never
	 * leaves half a file.
	 */
	void write(Path file) throws IOException {
		var properties = new Properties();
		properties.setProperty(SUPERUSER, superuser);
		properties.setProperty(OWNER, owner);
		properties.setProperty(APPLICATION, application);
		var text = new StringWriter();
		properties.store(text, "Passwords of Kernteam's embedded PostgreSQL. Keep this file with the data.");
		OwnerOnlyFiles.write(file, text.toString());
	}

	@Override
	public String toString() {
		return "DatabaseCredentials[...]";
	}
}
