package nl.kernteam.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Files that hold a secret (the administrator's first password, the database's passwords,
 * the personal-data key): readable and writable by their owner only (rw-------) from the
 * moment they exist, never after the secret went in.
 */
public final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/**
	 * Writes the text into a new owner-only file under a temporary name and moves it into
	 * place, so that nobody else can read it at any moment and a crash never leaves half
	 * a file. A file already there is replaced.
	 */
	public static Path write(Path file, String text) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		create(temporary);
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

	/**
	 * An empty file with owner-only permissions; on a file system without POSIX
	 * permissions as near as it comes.
	 */
	private static void create(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions
				.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
			var plain = file.toFile();
			plain.setReadable(false, false);
			plain.setWritable(false, false);
			plain.setReadable(true, true);
			plain.setWritable(true, true);
		}
	}

}
