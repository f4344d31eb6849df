package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FixedTexts;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the network page's {@link NetworkPageView}: its texts from the messages, its
 * dates in Amsterdam time, its links ready (issue 19: the page was Thymeleaf's, whose
 * walk cost more than reading it).
 */
@Component
class NetworkPageViews {

	private static final String SHORT = "d-M-yyyy";

	private final MessageSource messages;

	private final FixedTexts texts;

	NetworkPageViews(MessageSource messages, FixedTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	/**
	 * @param manager whether the actor manages the network (contact person or director)
	 * @param mayClose whether the actor may close the file
	 * @param on the date shown, {@code null} for now
	 * @param sections the other modules' sections' HTML
	 * @param refusal the message key of a refused change, {@code null} for none
	 */
	NetworkPageView of(ShareQueries.NetworkPage page, boolean manager, boolean mayClose, LocalDate on,
			List<String> sections, String refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		var p = PageTexts.current(messages);
		var t = texts.of(locale);
		var network = page.network();
		String base = "/households/" + network.householdId();
		boolean acts = manager && on == null;
		var members = page.members().stream().map(nl.kernteam.household.MemberDetails::givenName).toList();
		var picture = NetworkPicture.of(network, members);
		var past = network.past();
		return new NetworkPageView(p.text("network.title", network.householdName()),
				(refusal != null) ? p.text(refusal) : null, network.householdName(), p.href(base),
				acts ? new NetworkPageView.Actions(p.href(base + "/network/involvements/new"),
						p.href(base + "/network/informal/new"), mayClose ? p.href(base + "/close") : null) : null,
				p.href(base + "/network"), (on != null) ? on.toString() : null,
				(on != null) ? p.text("network.on.showing", p.date(on, "d MMMM yyyy")) : null,
				(on != null) ? p.href(base + "/network") : null,
				new NetworkPageView.Picture(picture, p.text("network.picture.description", picture.nodes().size())),
				coreTeam(network, acts, p, t), sections, involvements(network, network.current(), acts, p, t),
				sights(network, page.sights(), manager, p, t),
				past.isEmpty() ? null : p.text("network.past", past.size()),
				past.isEmpty() ? null : involvements(network, past, false, p, t),
				network.emergencyAccesses()
					.stream()
					.map(e -> new NetworkPageView.Emergency(e.professionalName(), e.organisationName(), e.reason(),
							p.text("network.emergency.period", p.date(e.startedAt(), "d-M-yyyy HH:mm"),
									p.date(e.expiresAt(), "d-M-yyyy HH:mm"))))
					.toList(),
				CsrfField.current(), t);
	}

	private static NetworkPageView.CoreTeam coreTeam(NetworkDetails network, boolean acts, PageTexts p,
			FixedTexts.Of t) {
		String base = "/households/" + network.householdId() + "/network";
		var contact = network.contactPerson();
		var director = network.director();
		return new NetworkPageView.CoreTeam(
				(contact != null) ? new NetworkPageView.Person(contact.name(), contact.organisationName(),
						p.text("network.since", p.date(contact.since(), SHORT)),
						acts ? p.href(base + "/contact-person") : null) : null,
				(director != null) ? new NetworkPageView.Person(director.name(),
						network.directorIsContactPerson() ? t.text("network.director.isContactPerson") : null, null,
						acts ? p.href(base + "/director") : null) : null,
				String.valueOf(network.handovers()),
				network.coreTeam()
					.stream()
					.map(i -> new NetworkPageView.Member(i.name(), i.organisationName(),
							p.text("network.since", p.date(i.startedAt(), SHORT))))
					.toList());
	}

	private static NetworkPageView.Involvements involvements(NetworkDetails network, List<InvolvementRow> rows,
			boolean actions, PageTexts p, FixedTexts.Of t) {
		var contact = network.contactPerson();
		var director = network.director();
		String base = "/households/" + network.householdId() + "/network/involvements/";
		return new NetworkPageView.Involvements(actions, rows.stream().map(i -> {
			boolean isContact = contact != null && i.professionalId() != null
					&& i.professionalId().equals(contact.professionalId());
			boolean isDirector = !network.directorIsContactPerson() && director != null && i.professionalId() != null
					&& i.professionalId().equals(director.professionalId());
			boolean mayEnd = actions && i.current() && (contact == null || !isContact);
			return new NetworkPageView.Involvement(i.name(), i.informal() ? i.relation() : i.organisationName(),
					i.regionalSafetyTeam(), isContact, isDirector, t.text("network.role." + i.role()), i.reason(),
					(i.endReason() != null) ? p.text("network.endedBecause", i.endReason()) : null,
					p.date(i.startedAt(), SHORT), p.date(i.endedAt(), SHORT),
					mayEnd ? p.href(base + i.id() + "/end") : null,
					mayEnd ? p.text("network.end.actionFor", i.name()) : null);
		}).toList());
	}

	private static List<NetworkPageView.Sight> sights(NetworkDetails network, List<Sight> sights, boolean manager,
			PageTexts p, FixedTexts.Of t) {
		String base = "/households/" + network.householdId() + "/shares";
		return sights.stream().map(s -> {
			var i = s.involvement();
			var shares = s.sharesKnown() ? s.shares().stream().map(sh -> {
				String what = t.text("network.share.what." + sh.what());
				String consent = String.join(", ", sh.consentOf().stream().map(ShareRow.Consent::name).toList());
				String until = p.date(sh.until(), SHORT);
				String text;
				if (sh.legalBasis() == LegalBasis.CONSENT) {
					text = (until == null) ? p.text("network.sees.sharedWithConsent", what, consent)
							: p.text("network.sees.sharedWithConsentUntil", what, consent, until);
				}
				else {
					String basis = t.text("network.share.basis." + sh.legalBasis());
					text = (until == null) ? p.text("network.sees.sharedOnBasis", what, basis)
							: p.text("network.sees.sharedOnBasisUntil", what, basis, until);
				}
				return new NetworkPageView.Share(text,
						p.text("network.sees.sharedBy", sh.sharedBy(), p.date(sh.sharedAt(), SHORT)),
						(sh.explanation() != null) ? p.text("network.sees.explanation", sh.explanation()) : null,
						manager ? p.href(base + "/" + sh.id() + "/revoke") : null,
						manager ? p.text("network.share.revokeFor", what, i.name()) : null);
			}).toList() : List.<NetworkPageView.Share>of();
			String sees = switch (s.kind()) {
				case EVERYTHING -> t.text("network.sees.everything");
				case PARTNER -> t.text("network.sees.partner");
				case INFORMAL -> t.text("network.sees.informal");
			};
			boolean offers = manager && s.partner();
			return new NetworkPageView.Sight(i.name(), i.informal() ? i.relation() : i.organisationName(), sees, shares,
					s.sharesKnown() && s.shares().isEmpty(),
					offers ? p.href(base + "/new?involvementId=" + i.id()) : null,
					offers ? p.text("network.share.actionFor", i.name()) : null);
		}).toList();
	}

}
