/**
 * The joint assessment (gezamenlijke oordeelsvorming) of a household, made with the
 * family in one shared safety language: each participant's view, facts with their
 * certainty, worries / what works well / what needs to happen, danger statements with
 * safety goals, a 0–10 safety scale per participant, the judgement by the shared
 * definitions, and key decisions with their challenge and the family's view. Every save
 * is a version. {@link nl.kernteam.assessment.AssessmentManagement} writes,
 * {@link nl.kernteam.assessment.AssessmentQueries} reads; both go through
 * {@code HouseholdAccess}, so only the household's network reads or writes and every
 * access is logged.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "demo", "household", "identity",
		"shared", "shared :: validation", "shared :: web" })
package nl.kernteam.assessment;
