package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import nl.kernteam.plan.PlanPageView.Option;
import nl.kernteam.plan.PlanPageView.Owners;
import nl.kernteam.shared.web.BoundForm;
import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FixedTexts;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the plan page's {@link PlanPageView}: its texts from the messages, its dates
 * formatted, its links ready, each form with the values and errors of a refused answer
 * when it is the one being answered (issue 19). The safety section and the evaluations
 * and versions are {@link PlanSafetyViews}'.
 */
@Component
class PlanPageViews {

	private final MessageSource messages;

	private final FixedTexts texts;

	private final PlanSafetyViews safety;

	PlanPageViews(MessageSource messages, FixedTexts texts, PlanSafetyViews safety) {
		this.messages = messages;
		this.texts = texts;
		this.safety = safety;
	}

	/** What the page shows, and the model its forms' binding results are in. */
	record Content(PlanDetails plan, List<Owner> owners, List<PlanPage.OfferedStep> nextSteps,
			List<SafetyGoalSource.AssessmentOption> assessments, String openForm, LocalDate today, UUID newId,
			LocalDate proposedNextEvaluation, boolean changes) {
	}

	PlanPageView of(Content c, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		var p = PageTexts.current(messages);
		var t = texts.of(locale);
		var plan = c.plan();
		String base = "/households/" + plan.householdId();
		String title = p.text("plan.title", plan.householdName());
		var phases = new ArrayList<PlanPageView.Phase>();
		for (PlanPhase phase : PlanPhase.values()) {
			boolean current = phase == plan.phase();
			phases.add(new PlanPageView.Phase(t.text("plan.phase." + phase), t.text("plan.phase." + phase + ".hint"),
					current ? "phases__step is-current"
							: (phase.ordinal() < plan.phase().ordinal()) ? "phases__step is-done" : "phases__step",
					current));
		}
		var planForm = BoundForm.of(p, base + "/plan", model, "planForm", "plan".equals(c.openForm()), "phase",
				plan.phase().name(), "familyWords", plan.familyWords());
		var agreementForm = BoundForm.of(p, base + "/plan/agreements", model, "agreementForm",
				"agreement".equals(c.openForm()), "submissionId", null, "nextStepId", null, "goalId", null,
				"description", null, "owner", null, "dueDate", null);
		var goals = goals(plan, p, t);
		var refusal = model.getAttribute("refusal") instanceof String key ? p.text(key) : null;
		var nextEvaluation = plan.nextEvaluation();
		return new PlanPageView(title, plan.householdName(), p.href(base), p.href(base + "/plan/print"), refusal,
				phases, plan.familyWords(), plan.version(), planForm,
				options(PlanPhase.values(), "plan.phase.", planForm.value("phase"), t),
				plan.overdue() > 0 ? p.text("plan.overdue", plan.overdue()) : null,
				plan.goals().isEmpty() ? p.href(base + "/plan/start") : null,
				safety.safety(plan, model, c.openForm(), c.today(), c.newId(), p, t), goals,
				agreements(plan.agreementsWithoutGoal(), plan, p, t), nextSteps(c, p, t), goalOptions(plan, p, null),
				BoundForm.of(p, base + "/plan/goals", model, "goalForm", "goal".equals(c.openForm()), "text", null,
						"explanation", null),
				agreementForm, goalOptions(plan, p, agreementForm.open() ? agreementForm.value("goalId") : null),
				owners(c.owners(), agreementForm.value("owner")),
				safety.evaluations(plan, c.assessments(), model, c.openForm(), c.today(), c.proposedNextEvaluation(), p,
						t),
				BoundForm.of(p, base + "/plan/evaluations", model, "evaluationForm", "evaluation".equals(c.openForm()),
						"plannedOn", nextEvaluation == null ? c.proposedNextEvaluation().toString() : ""),
				plan.phase() != PlanPhase.RECOVERY_PLAN
						? p.text("plan.evaluation.nextPhase", t.text("plan.phase." + plan.phase().next())) : null,
				safety.versions(plan, model, c.openForm(), p, t),
				c.owners().stream().filter(o -> o.kind() == OwnerKind.FAMILY_MEMBER).map(Owner::name).toList(),
				c.newId().toString(), CsrfField.current(), t, c.changes());
	}

	private List<PlanPageView.Goal> goals(PlanDetails plan, PageTexts p, FixedTexts.Of t) {
		var goals = new ArrayList<PlanPageView.Goal>(plan.goals().size());
		for (int i = 0; i < plan.goals().size(); i++) {
			var g = plan.goals().get(i);
			boolean newDomain = g.lifeDomain() != null
					&& (i == 0 || plan.goals().get(i - 1).lifeDomain() != g.lifeDomain());
			String answers = (g.dangerStatement() != null) ? p.text("plan.start.answers", g.dangerStatement())
					: (g.dangerStatementId() != null) ? t.text("plan.goal.answers") : null;
			goals.add(new PlanPageView.Goal(newDomain ? t.text("household.lifeDomain." + g.lifeDomain()) : null,
					g.id().toString(), p.text("plan.goal.number", i + 1), g.text(), g.explanation(), answers,
					agreements(plan.agreementsFor(g.id()), plan, p, t)));
		}
		return goals;
	}

	private static List<PlanPageView.Agreement> agreements(List<PlanDetails.Agreement> agreements, PlanDetails plan,
			PageTexts p, FixedTexts.Of t) {
		String base = "/households/" + plan.householdId() + "/plan/agreements/";
		return agreements.stream().map(a -> {
			boolean done = a.status() == AgreementStatus.DONE;
			var progress = a.progress().stream().map(r -> {
				String at = p.date(r.recordedAt(), "d-M-yyyy");
				return new PlanPageView.Progress(r.text(),
						(r.onBehalfOf() != null)
								? p.text("plan.progress.byOnBehalf", r.onBehalfOf(), r.recordedBy(), at)
								: p.text("plan.progress.by", r.recordedBy(), at));
			}).toList();
			return new PlanPageView.Agreement(a.id().toString(),
					a.overdue() ? "agreement agreement--overdue" : done ? "agreement agreement--done" : "agreement",
					a.description(), p.text("plan.agreement.who", a.owner()),
					(a.dueDate() != null) ? p.text("plan.agreement.when", p.date(a.dueDate(), "d MMMM yyyy")) : null,
					done ? "badge badge--ok"
							: (a.status() == AgreementStatus.NOT_DONE) ? "badge badge--warning" : "badge",
					t.text("plan.status." + a.status()), a.overdue(), progress, p.href(base + a.id() + "/status"),
					a.version(), done ? null : p.text("plan.agreement.markDoneFor", a.description()),
					(a.status() == AgreementStatus.OPEN) ? p.text("plan.agreement.markNotDoneFor", a.description())
							: null,
					p.href(base + a.id()), p.text("plan.agreement.openFor", a.description()));
		}).toList();
	}

	private List<PlanPageView.NextStep> nextSteps(Content c, PageTexts p, FixedTexts.Of t) {
		var steps = new ArrayList<PlanPageView.NextStep>(c.nextSteps().size());
		for (int i = 0; i < c.nextSteps().size(); i++) {
			var s = c.nextSteps().get(i);
			steps.add(new PlanPageView.NextStep(s.id().toString(), s.submissionId().toString(), s.text(),
					(s.named() != null) ? p.text("plan.nextSteps.named", s.named()) : null, i + 1,
					owners(c.owners(), s.ownerRef()), (s.dueDate() != null) ? s.dueDate().toString() : null));
		}
		return steps;
	}

	/**
	 * The plan's goals to choose from: the one chosen, or the last when {@code chosen} is
	 * {@code null}.
	 */
	private static List<Option> goalOptions(PlanDetails plan, PageTexts p, String chosen) {
		var options = new ArrayList<Option>(plan.goals().size());
		for (int i = 0; i < plan.goals().size(); i++) {
			var g = plan.goals().get(i);
			String id = g.id().toString();
			options.add(new Option(id, p.text("plan.goal.number", i + 1) + ": " + g.text(),
					(chosen != null) ? chosen.equals(id) : i == plan.goals().size() - 1));
		}
		return options;
	}

	private static Owners owners(List<Owner> owners, String selected) {
		return new Owners(owners(owners, OwnerKind.FAMILY_MEMBER, selected),
				owners(owners, OwnerKind.INFORMAL, selected), owners(owners, OwnerKind.PROFESSIONAL, selected));
	}

	private static List<Option> owners(List<Owner> owners, OwnerKind kind, String selected) {
		return owners.stream()
			.filter(o -> o.kind() == kind)
			.map(o -> new Option(o.ref(), o.name() + " (" + Objects.toString(o.detail(), "") + ")",
					o.ref().equals(selected)))
			.toList();
	}

	static List<Option> options(Enum<?>[] values, String prefix, String chosen, FixedTexts.Of t) {
		var options = new ArrayList<Option>(values.length);
		for (Enum<?> value : values) {
			options.add(new Option(value.name(), t.text(prefix + value.name()), value.name().equals(chosen)));
		}
		return options;
	}

}
