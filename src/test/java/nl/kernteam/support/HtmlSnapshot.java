package nl.kernteam.support;

/**
 * A page's HTML normalised for a before/after comparison of its rendering (issue 19: the
 * snapshot tests write it to {@code target/...-html} with a label, {@code before} on the
 * untouched code, then {@code diff}), so that only the rendering differs: ids, CSRF
 * tokens, numbers of four digits or more (the test data's names), times with or without
 * seconds, the seconds of an instant, masked BSNs and whitespace between tags.
 */
public final class HtmlSnapshot {

	private HtmlSnapshot() {
	}

	/** The page without what differs from run to run. */
	public static String normalised(String html) {
		return html.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF")
			.replaceAll("content=\"[^\"]*\" name=\"_csrf\"", "CSRF")
			.replaceAll("\\d\\d\\.\\d+Z", "SS")
			.replaceAll("•+\\d+", "BSN")
			.replaceAll("\\d{4,}", "N")
			.replaceAll("\\d\\d:\\d\\d(:\\d\\d)?", "HH:MM")
			.replaceAll("\\s+", " ")
			.replaceAll("> <", "><");
	}

}
