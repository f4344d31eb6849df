package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.kernteam.plan.PlanPageView.Option;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.BoundForm;
import nl.kernteam.shared.web.FixedTexts;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of the plan page's {@link PlanPageView} about safety and about looking back:
 * the safety status and conditions with their checks, the evaluations and the frozen
 * versions with the family's views, each row's form answered only when it is that row's
 * (issue 19).
 */
@Component
class PlanSafetyViews {

	private static final String SHORT = "d-M-yyyy";

	PlanPageView.Safety safety(PlanDetails plan, Model model, String openForm, LocalDate today, UUID newId, PageTexts p,
			FixedTexts.Of t) {
		String base = "/households/" + plan.householdId() + "/plan";
		var status = plan.safetyStatus();
		var statusForm = BoundForm.of(p, base + "/safety-status", model, "statusForm", "status".equals(openForm),
				"status", (status != null) ? status.name() : "", "since", today.toString());
		UUID checking = "check".equals(openForm) && model.getAttribute("checkConditionId") instanceof UUID id ? id
				: null;
		var conditions = new ArrayList<PlanPageView.Condition>(plan.safetyConditions().size());
		for (int i = 0; i < plan.safetyConditions().size(); i++) {
			var c = plan.safetyConditions().get(i);
			var last = c.lastCheck();
			// one submission id per condition's form, so that a form sent twice records
			// one
			// check; a refused form keeps the one it was sent with
			var form = BoundForm.of(p, base + "/conditions/" + c.id() + "/checks", model, "checkForm",
					c.id().equals(checking), "submissionId", SubmissionIds.next().toString(), "date", today.toString(),
					"held", "", "by", "", "note", "");
			conditions.add(new PlanPageView.Condition(c.id().toString(), i, c.text(),
					p.text("plan.condition.agreedOn", p.date(c.agreedOn(), SHORT)), (last != null) ? last.held() : null,
					(last != null) ? p.text("plan.check.last", p.date(last.date(), SHORT), last.by()) : null,
					p.text("plan.check.history", c.checks().size()), p.text("plan.check.caption", c.text()),
					c.checks()
						.stream()
						.map(k -> new PlanPageView.Check(p.date(k.date(), SHORT),
								t.text(k.held() ? "plan.check.held" : "plan.check.notHeld"), k.by(), k.note()))
						.toList(),
					form, form.value("held")));
		}
		long notHeld = plan.conditionsNotHeld();
		return new PlanPageView.Safety((status != null) ? t.text("plan.status." + status) : t.text("plan.status.none"),
				plan.safetyStatusHistory()
					.stream()
					.map(s -> new PlanPageView.StatusChange(p.date(s.since(), SHORT),
							t.text("plan.status." + s.status()), s.setBy()))
					.toList(),
				statusForm,
				// a form sent without a status shows the one stored, not the first as if
				// chosen
				PlanPageViews.options(SafetyStatus.values(), "plan.status.",
						statusForm.valueOr("status", (status != null) ? status.name() : ""), t),
				notHeld > 0 ? p.text("plan.conditions.notHeldCount", notHeld) : null, conditions, BoundForm.of(p,
						base + "/conditions", model, "conditionForm", "condition".equals(openForm), "text", ""));
	}

	List<PlanPageView.Evaluation> evaluations(PlanDetails plan, List<SafetyGoalSource.AssessmentOption> assessments,
			Model model, String openForm, LocalDate today, LocalDate proposedNext, PageTexts p, FixedTexts.Of t) {
		String base = "/households/" + plan.householdId() + "/plan/evaluations/";
		UUID holding = "hold".equals(openForm) && model.getAttribute("holdEvaluationId") instanceof UUID id ? id : null;
		return plan.evaluations().stream().map(e -> {
			boolean held = e.heldOn() != null;
			var form = held ? null
					: BoundForm.of(p, base + e.id(), model, "holdForm", e.id().equals(holding), "heldOn",
							today.toString(), "assessmentId", "", "notes", "", "nextOn", proposedNext.toString(),
							"nextPhase", "");
			String chosen = (form != null) ? form.value("assessmentId") : "";
			return new PlanPageView.Evaluation(e.id().toString(), p.date(e.plannedOn(), "d MMMM yyyy"),
					held ? p.text("plan.evaluation.heldBadge", p.date(e.heldOn(), SHORT)) : null,
					!held && e.plannedOn().isBefore(today),
					held ? p.text("plan.evaluation.summary", t.text("plan.phase." + e.phaseBefore()),
							t.text("plan.phase." + e.phaseAfter()), e.versionNumber()) : null,
					e.notes(), form,
					held ? List.of()
							: assessments.stream()
								.map(a -> new Option(a.id().toString(), p.date(a.assessedOn(), "d MMMM yyyy"),
										a.id().toString().equals(chosen)))
								.toList(),
					form != null && "true".equals(form.value("nextPhase")));
		}).toList();
	}

	List<PlanPageView.Version> versions(PlanDetails plan, Model model, String openForm, PageTexts p, FixedTexts.Of t) {
		String base = "/households/" + plan.householdId() + "/plan/versions/";
		Integer viewing = "view".equals(openForm) && model.getAttribute("viewVersion") instanceof Integer n ? n : null;
		return plan.versions().stream().map(v -> {
			var form = BoundForm.of(p, base + v.number() + "/views", model, "viewForm",
					Objects.equals(viewing, v.number()), "memberName", "", "agrees", "", "words", "");
			return new PlanPageView.Version(v.number(),
					p.text("plan.version.title", v.number(), t.text("plan.phase." + v.phase()),
							p.date(v.frozenAt(), SHORT)),
					v.disputed(),
					v.views()
						.stream()
						.map(w -> new PlanPageView.View(w.memberName(), w.agrees(),
								t.text(w.agrees() ? "plan.familyView.agrees" : "plan.familyView.disagrees"), w.words(),
								p.text("plan.familyView.recorded", p.date(w.recordedAt(), SHORT), w.recordedBy())))
						.toList(),
					form, form.value("agrees"));
		}).toList();
	}

}
