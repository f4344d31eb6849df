/**
 * One plan per household: phases, goals in the family's words (linked to the assessment's
 * danger statements), agreements, evaluations and frozen versions with the family's
 * views. {@link nl.kernteam.plan.PlanManagement} changes it,
 * {@link nl.kernteam.plan.PlanQueries} reads it; both go through {@code HouseholdAccess}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "assessment", "audit", "household", "network",
		"shared", "shared :: validation", "shared :: web" })
package nl.kernteam.plan;
