/**
 * What other modules use of the web layer: {@link nl.kernteam.shared.web.RequiresRole},
 * sections of the start page ({@link nl.kernteam.shared.web.StartPageSection}),
 * navigation items, form errors and the household refusal. The filters, error pages and
 * configuration here are shared's own (package-private).
 */
@org.springframework.modulith.NamedInterface("web")
package nl.kernteam.shared.web;
