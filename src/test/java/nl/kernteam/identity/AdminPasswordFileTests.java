package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordFileTests {

	@TempDir
	Path dir;

	@Test
	void writesThePasswordReadableByItsOwnerOnly() throws Exception {
		var file = new AdminPasswordFile(dir.resolve("data")).write("admin", "s3cret-generated");
		assertThat(file).isEqualTo(dir.resolve("data").resolve("admin-password.txt").toAbsolutePath());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).contains("password: s3cret-generated").contains("username: admin");
	}

	@Test
	void rewritesAnOldFileWithOwnerOnlyPermissions() throws Exception {
		Path old = dir.resolve(AdminPasswordFile.NAME);
		Files.writeString(old, "old");
		Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
		var passwords = new AdminPasswordFile(dir);
		passwords.write("admin", "new-one");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
		assertThat(passwords.delete()).isTrue();
		assertThat(old).doesNotExist();
	}

}
