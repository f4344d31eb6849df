package nl.kernteam.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Explanations;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.FamilyView;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.kernteam.demo.DemoRegionReady;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo assessments, once the demo region is ready ({@link DemoRegionReady}): two to four
 * meetings over the last months for a dozen of {@code anouk.dejong}'s households and some
 * others, with scores that move over time and, in some households, a family that is more
 * hopeful than the professionals. Only when demo data is on (the event says so), the demo
 * region exists and there are no assessments yet. Like the region generator it writes the
 * tables directly, without access-log rows: nobody read or wrote family data.
 */
@Component
class AssessmentDemoData {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	private final AssessmentSaveRepository saves;

	private final VersionRepository versions;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AssessmentDemoData(AssessmentSaveRepository saves, VersionRepository versions, JdbcClient jdbc, JsonMapper json,
			Clock clock) {
		this.saves = saves;
		this.versions = versions;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	record Person(UUID id, String name, String role, LocalDate birthDate) {
	}

	@EventListener
	@Transactional
	public void on(DemoRegionReady event) {
		if (jdbc.sql("select exists (select 1 from assessment)").query(Boolean.class).single()) {
			return;
		}
		var households = jdbc
			.sql("""
					(select i.household_id from current_involvement i join professional_profile p on p.id = i.professional_id
					  where p.username = 'anouk.dejong' order by i.started_at limit 12)
					union
					(select household_id from current_contact_person order by started_at limit 30)
					""")
			.query(UUID.class)
			.list();
		if (households.isEmpty()) {
			return;
		}
		var random = new Random(20240131);
		int count = 0;
		for (UUID household : households) {
			count += household(household, random);
		}
		log.info("Added {} demo assessments to {} households", count, households.size());
	}

	private int household(UUID household, Random random) {
		var members = jdbc.sql("""
				select id, given_name || ' ' || family_name as name, role, birth_date from current_member
				 where household_id = :h order by position
				""")
			.param("h", household)
			.query((rs, row) -> new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
		var professionals = jdbc
			.sql("""
					select p.id, p.name, case when c.id is not null then 'CONTACT' else i.role end as role, null::date as birth_date
					  from current_involvement i join professional_profile p on p.id = i.professional_id
					  left join current_contact_person c on c.household_id = i.household_id and c.professional_id = p.id
					 where i.household_id = :h
					 order by c.id is null, i.started_at
					""")
			.param("h", household)
			.query((rs, row) -> new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role"),
					null))
			.list();
		Instant created = jdbc.sql("select created_at from household_profile where id = :h")
			.param("h", household)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		UUID scientist = jdbc.sql("select id from professional_profile where username = 'joost.hendriks'")
			.query(UUID.class)
			.optional()
			.orElse(null);
		var parents = members.stream().filter(m -> !m.role().equals("CHILD")).limit(2).toList();
		var child = members.stream()
			.filter(m -> m.role().equals("CHILD"))
			.filter(m -> m.birthDate().isBefore(today().minusYears(6)))
			.findFirst()
			.orElse(null);
		if (parents.isEmpty() || professionals.isEmpty()) {
			return 0;
		}
		var people = new ArrayList<Participant>();
		parents.forEach(p -> people
			.add(new Participant(UUID.randomUUID(), p.name(), ParticipantKind.FAMILY, p.id(), null, null)));
		if (child != null) {
			people
				.add(new Participant(UUID.randomUUID(), child.name(), ParticipantKind.FAMILY, child.id(), null, null));
		}
		professionals.stream()
			.limit(2)
			.forEach(p -> people
				.add(new Participant(UUID.randomUUID(), p.name(), ParticipantKind.PROFESSIONAL, null, p.id(), null)));
		return meetings(household, people, professionals.get(0).id(), scientist, child, created, random);
	}

	private int meetings(UUID household, List<Participant> people, UUID contact, UUID scientist, Person child,
			Instant created, Random random) {
		int meetings = 2 + random.nextInt(3);
		boolean hopefulFamily = random.nextInt(3) == 0;
		String kid = child == null ? "het jongste kind" : child.name().split(" ")[0];
		var dangers = List.of(
				new DangerStatement(UUID.randomUUID(),
						"Wij (school en wijkteam) zijn bang dat " + kid
								+ " opnieuw ziet dat de ouders elkaar pijn doen, en daardoor bang en onrustig blijft.",
						kid + " ziet geen geweld meer tussen de ouders, een half jaar lang.",
						"We zijn bang dat " + kid + " weer ruzie met slaan ziet. Het doel: dat gebeurt niet meer."),
				new DangerStatement(UUID.randomUUID(),
						"Wij zijn bang dat " + kid + " vaak niet naar school gaat en achterop raakt.",
						kid + " gaat elke dag naar school, drie maanden lang.", null));
		var dates = new ArrayList<LocalDate>();
		dates.add(today().minusDays(7 + random.nextInt(30)));
		while (dates.size() < meetings) {
			dates.add(0, dates.get(0).minusWeeks(7 + random.nextInt(3)));
		}
		int written = 0;
		for (int m = 0; m < meetings; m++) {
			LocalDate date = dates.get(m);
			if (date.atStartOfDay(AmsterdamTime.ZONE).toInstant().isBefore(created)) {
				continue;
			}
			var document = document(date, people, dangers, m, hopefulFamily, contact, scientist, kid, random);
			Instant at = date.atTime(10, 0).atZone(AmsterdamTime.ZONE).toInstant();
			UUID id = UUID.randomUUID();
			var start = AssessmentDocument.start(date, people);
			saves.insert(id, household, start, contact, at);
			versions.insertVersion(id, 1, at, contact, name(contact), json.writeValueAsString(start));
			Instant saved = at.plusSeconds(5400);
			saves.update(id, household, 1, document, contact, saved);
			saves.replaceParts(id, document);
			versions.insertVersion(id, 2, saved, contact, name(contact), json.writeValueAsString(document));
			written++;
		}
		return written;
	}

	private AssessmentDocument document(LocalDate date, List<Participant> people, List<DangerStatement> dangers,
			int meeting, boolean hopefulFamily, UUID contact, UUID scientist, String kid, Random random) {
		var scores = new ArrayList<Score>();
		for (Participant p : people) {
			int base = p.kind() == ParticipantKind.FAMILY ? (hopefulFamily ? 6 : 4) : 3;
			int score = Math.min(10,
					base + meeting + random.nextInt(2) - (hopefulFamily && p.kind() != ParticipantKind.FAMILY ? 1 : 0));
			scores.add(new Score(p.id(), p.name(), score, null));
		}
		var views = people.stream()
			.map(p -> new Participant(p.id(), p.name(), p.kind(), p.memberId(), p.professionalId(),
					p.name().startsWith(kid + " ") ? childView(meeting) : view(p, meeting)))
			.toList();
		boolean better = meeting >= 2;
		var worries = List.of(
				new Item(UUID.randomUUID(), ItemKind.HARM, "Harde ruzies tussen de ouders, waar de kinderen bij zijn.",
						"De kinderen horen en zien de ruzies.", null, null),
				new Item(UUID.randomUUID(), ItemKind.COMPLICATING_FACTOR, "Schulden geven veel spanning thuis.", null,
						null, null));
		var strengths = List.of(
				new Item(UUID.randomUUID(), ItemKind.EXISTING_SAFETY,
						"Oma vangt de kinderen op als het thuis te veel wordt.", null, null, null),
				new Item(UUID.randomUUID(), ItemKind.STRENGTH, "De ouders willen hulp en komen afspraken na.", null,
						null, null));
		var steps = List.of(new Item(UUID.randomUUID(), null, "Aanmelden bij de schuldhulpverlening.", null,
				people.get(0).name(), date.plusWeeks(3)));
		var facts = List.of(
				new Fact(UUID.randomUUID(), "De politie kwam twee keer na een melding van de buren.", "Politie",
						Certainty.SEEN),
				new Fact(UUID.randomUUID(), kid + " vertelde de juf dat papa en mama veel ruzie maken.", "School",
						Certainty.TOLD));
		var decisions = meeting == 0 ? List.of(new KeyDecision(UUID.randomUUID(), DecisionKind.HELP, null,
				"Ambulante gezinsbegeleiding, twee keer per week.",
				"De ouders willen het zelf en de zorgen zijn structureel.",
				scientist != null && !scientist.equals(contact) ? scientist : null, null, null,
				new FamilyView(FamilyPosition.AGREES, "Als het maar helpt."), null, contact, null,
				date.atTime(11, 0).atZone(AmsterdamTime.ZONE).toInstant())) : List.<KeyDecision>of();
		return new AssessmentDocument(date, views, facts, worries, strengths, steps, dangers, scores,
				better ? new Safety(false, false, false) : new Safety(false, true, true), null,
				better ? "Al enkele maanden geen geweld; de afspraken worden nagekomen."
						: "Herhaalde ruzies met geweld waar de kinderen bij zijn; dat bedreigt hun ontwikkeling.",
				"Spanning door schulden en weinig steun; als het misgaat, drinkt een ouder.", decisions,
				new Explanations(null, null, "Hier staat waar wij ons zorgen over maken.", null,
						"Dit is waar we bang voor zijn, en wat er anders moet.", null,
						"Iedereen gaf een cijfer: 0 is niet veilig, 10 is veilig genoeg.", null, null));
	}

	private static String view(Participant p, int meeting) {
		return switch (p.kind()) {
			case FAMILY -> meeting == 0 ? "Het is thuis vaak onrustig. We willen dat het beter wordt."
					: "Het gaat beter dan een paar maanden geleden. We hebben minder ruzie.";
			case PROFESSIONAL -> "Er is vooruitgang, maar de afspraken worden nog niet altijd nagekomen.";
			case INFORMAL -> null;
		};
	}

	private static String childView(int meeting) {
		return meeting == 0 ? "Ik schrik als ze schreeuwen. Bij oma is het rustig."
				: "Thuis is het rustiger. Ik slaap beter, maar soms ben ik nog bang.";
	}

	private String name(UUID professional) {
		return jdbc.sql("select name from professional_profile where id = :id")
			.param("id", professional)
			.query(String.class)
			.single();
	}

	private LocalDate today() {
		return AmsterdamTime.today(clock);
	}

}
