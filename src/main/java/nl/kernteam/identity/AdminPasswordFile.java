package nl.kernteam.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kernteam.shared.OwnerOnlyFiles;

/**
 * Where the generated password of the first administrator is written, once:
 * {@code DIR/admin-password.txt} in the data directory, readable and writable by its
 * owner only (rw-------), so that it never reaches a log.
 */
final class AdminPasswordFile {

	static final String NAME = "admin-password.txt";

	private final Path file;

	AdminPasswordFile(Path dataDirectory) {
		this.file = dataDirectory.toAbsolutePath().normalize().resolve(NAME);
	}

	Path path() {
		return file;
	}

	/** Writes the file anew, owner-only before the secret goes in. */
	Path write(String username, String password) {
		try {
			return OwnerOnlyFiles.write(file, """
					# Kernteam: the generated password of the administrator account. Log in, note it in a safe place,
					# then delete this file. --kernteam.admin.password=... sets a new one (and deletes this file).
					username: %s
					password: %s
					""".formatted(username, password));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the administrator's password to " + file, e);
		}
	}

	/** Removes a file whose password no longer holds. */
	boolean delete() {
		try {
			return Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
