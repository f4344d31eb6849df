package nl.kernteam.shared;

/** Small helpers for SQL parameters. */
public final class Sql {

	private Sql() {
	}

	/**
	 * An {@code ILIKE} pattern that finds the text anywhere, with the text's own
	 * wildcards escaped.
	 */
	public static String containsPattern(String text) {
		String escaped = (text == null ? "" : text.trim()).replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
