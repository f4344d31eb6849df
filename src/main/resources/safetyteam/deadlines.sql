-- The running statutory clocks a professional keeps an eye on: of the households where they are contact person, core
-- team or expert, and of the reports to their organisation; and the running court orders of their households, due on
-- their end after the latest extension (from :today on: an order that has ended leaves the list). Soonest first,
-- paged, with the total. Each part reaches report_deadline or court_order through its own partial index (running
-- only), so the cost follows the caseload and the organisation's open reports, not the region. bench/deadlines.sh
-- runs this very file.
with mine as (
    select i.household_id from current_involvement i
     where i.professional_id = :me and i.role in ('CORE_TEAM', 'EXPERT')
    union
    select c.household_id from current_contact_person c where c.professional_id = :me
), running as (
    select d.report_id, d.kind, d.household_id, d.due, null::text as order_kind, null::date as starts_on,
           null::date as parties_heard_on, null::date as placement_started_on
      from report_deadline d
     where d.organisation_id = :organisation and d.met_on is null and d.stopped_on is null
    union
    select d.report_id, d.kind, d.household_id, d.due, null, null, null, null
      from mine m join report_deadline d on d.household_id = m.household_id and d.met_on is null
                                        and d.stopped_on is null
    union all
    select o.id, 'COURT_ORDER_ENDS', o.household_id, o.current_ends_on, o.kind, o.starts_on, o.parties_heard_on,
           o.placement_started_on
      from mine m join court_order o on o.household_id = m.household_id and o.stopped_on is null
                                    and o.current_ends_on >= :today
), page as (
    select r.*, count(*) over () as total
      from running r
     order by r.due, r.household_id, r.kind
     limit :limit offset :offset
)
-- the names only for the page's rows, by primary key
select p.report_id, p.kind, p.household_id, h.name as household_name, p.due, p.order_kind, p.starts_on,
       p.parties_heard_on, p.placement_started_on, p.total
  from page p join household_profile h on h.id = p.household_id
 order by p.due, p.household_id, p.kind
