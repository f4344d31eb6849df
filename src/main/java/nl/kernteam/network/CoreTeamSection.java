package nl.kernteam.network;

import java.util.Objects;
import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the household page: the contact person, the director, the core team and a count of
 * the wider network, as a {@link CoreTeamView}.
 */
@Component
class CoreTeamSection implements HouseholdPageSection {

	private final NetworkQueries queries;

	private final MessageSource messages;

	CoreTeamSection(NetworkQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.NETWORK;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = queries.coreTeam(decided.actor(), decided.household(), reads);
		return () -> html(read.get());
	}

	private String html(NetworkDetails network) {
		var texts = PageTexts.current(messages);
		var contact = network.contactPerson();
		var members = network.coreTeam()
			.stream()
			.filter(i -> contact == null || !Objects.equals(i.professionalId(), contact.professionalId()))
			.map(i -> new CoreTeamView.Member(i.name(), i.organisationName(),
					texts.text("network.since", texts.date(i.startedAt(), "d-M-yyyy"))))
			.toList();
		String household = "/households/" + network.householdId();
		return Fragments.render("network/core-team.jte",
				new CoreTeamView(
						contact == null ? null
								: new CoreTeamView.Contact(contact.name(), contact.organisationName(), contact.phone(),
										"tel:" + contact.phone(), contact.email(), "mailto:" + contact.email()),
						!network.directorIsContactPerson(), network.director() != null ? network.director().name() : "",
						members, texts.text("network.section.count", network.current().size(), network.handovers()),
						texts.href(household + "/network"), texts.href(household + "/helpers"),
						new CoreTeamView.Labels(texts.text("network.coreTeam"), texts.text("network.contactPerson"),
								texts.text("network.director"), texts.text("network.section.open"),
								texts.text("network.helpers.link"))));
	}

}
