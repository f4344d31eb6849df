package nl.kernteam.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the network out around the family for the server-rendered SVG: the family in the
 * centre, the core team on the inner ring, other professionals on the middle ring, the
 * family's own circle on the outer ring. Ring, line style and a legend tell the groups
 * apart, not colour alone.
 */
public record NetworkPicture(int size, List<String> family, List<Node> nodes) {

	static final int SIZE = 640;

	static final int CENTRE = SIZE / 2;

	static NetworkPicture of(NetworkDetails network, List<String> familyNames) {
		var core = new ArrayList<InvolvementRow>();
		var professionals = new ArrayList<InvolvementRow>();
		var informal = new ArrayList<InvolvementRow>();
		for (var involvement : network.current()) {
			if (involvement.informal()) {
				informal.add(involvement);
			}
			else if (involvement.role() == InvolvementRole.CORE_TEAM) {
				core.add(involvement);
			}
			else {
				professionals.add(involvement);
			}
		}
		var nodes = new ArrayList<Node>();
		place(nodes, core, "core", 140, -90, 360, network);
		place(nodes, professionals, "professional", 245, -75, 150, network);
		place(nodes, informal, "informal", 245, 105, 150, network);
		return new NetworkPicture(SIZE, familyNames.size() > 6 ? familyNames.subList(0, 6) : familyNames, nodes);
	}

	/**
	 * Spreads a group over an arc of its ring: the core team over the whole inner ring,
	 * the other professionals over the right half of the outer ring and the family's own
	 * circle over its left half.
	 */
	private static void place(List<Node> nodes, List<InvolvementRow> group, String kind, int radius,
			double startDegrees, double spanDegrees, NetworkDetails network) {
		boolean fullCircle = spanDegrees >= 360;
		for (int i = 0; i < group.size(); i++) {
			var involvement = group.get(i);
			double degrees = fullCircle ? startDegrees + spanDegrees * i / group.size()
					: startDegrees + spanDegrees * (i + 0.5) / group.size();
			double radians = Math.toRadians(degrees);
			int x = (int) Math.round(CENTRE + radius * Math.cos(radians));
			int y = (int) Math.round(CENTRE + radius * Math.sin(radians));
			boolean contact = network.contactPerson() != null
					&& network.contactPerson().professionalId().equals(involvement.professionalId());
			String secondLine = involvement.informal() ? involvement.relation() : involvement.organisationName();
			nodes.add(new Node(x, y, kind, contact, shorten(involvement.name()), shorten(secondLine)));
		}
	}

	private static String shorten(String text) {
		return nl.kernteam.shared.Labels.shorten(text, 24);
	}

	/** One person on the picture. */
	public record Node(int x, int y, String kind, boolean contactPerson, String name, String detail) {

		/** Text anchored away from the centre, so labels do not cover the lines. */
		public String anchor() {
			return x < CENTRE - 20 ? "end" : x > CENTRE + 20 ? "start" : "middle";
		}

		public int labelX() {
			return x + (x < CENTRE - 20 ? -28 : x > CENTRE + 20 ? 28 : 0);
		}

		public int labelY() {
			return x >= CENTRE - 20 && x <= CENTRE + 20 ? (y < CENTRE ? y - 34 : y + 40) : y - 2;
		}
	}
}
