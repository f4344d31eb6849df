#!/usr/bin/env bash
# The deadlines list (GET /api/v1/deadlines, "Wettelijke termijnen" on the start page) on a generated region: EXPLAIN
# (ANALYZE, BUFFERS) of the one query (src/main/resources/safetyteam/deadlines.sql, the very file Kernteam runs) for a
# usual caseload (esther.vandijk), the demo account with a quarter of the region (anouk.dejong) and a professional of
# the Veilig Thuis organisation that received every report. Needs a running bench/start.sh. The first run adds reports:
# one for every 10th household, received over the last year; those older than 8 weeks were assessed, a fifth of them
# with an investigation (concluded when older than 20 weeks); and court orders for a child of every 25th household.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

vt=$(sql -tA -c "select id from organisation where type = 'VEILIG_THUIS' order by name limit 1")
[ -n "$vt" ] || die "no Veilig Thuis organisation in this region"
# (the demo data adds a few reports and an order to any region at start, so "none yet" means fewer than 100)
if [ "$(sql -tA -c 'select count(*) < 100 from report_deadline')" = "t" ]; then
	sql <<SQL
insert into report (id, household_id, organisation_id, kind, received_on, acute, assessed_on, outcome, concluded_on,
                    created_at, created_by)
select gen_random_uuid(), h.id, '$vt', 'REPORT', r.received_on, false,
       case when r.received_on < current_date - 56 then r.received_on + 5 end,
       case when r.received_on < current_date - 56 then
            case when r.n % 5 = 0 then 'INVESTIGATION' else 'SAFETY_CONDITIONS' end end,
       case when r.received_on < current_date - 140 and r.n % 5 = 0 then r.received_on + 60 end,
       now(), (select id from professional order by username limit 1)
  from (select id, row_number() over (order by id) as n from household) h
  cross join lateral (select current_date - (h.n % 365)::int as received_on, h.n) r
 where h.n % 10 = 0 and (select count(*) from report) < 100;
insert into report_deadline (report_id, kind, household_id, organisation_id, starts_on, due, met_on)
select id, 'SAFETY_ASSESSMENT', household_id, organisation_id, received_on, received_on + 7, assessed_on from report
    on conflict do nothing;
insert into report_deadline (report_id, kind, household_id, organisation_id, starts_on, due, met_on)
select id, 'INVESTIGATION', household_id, organisation_id, assessed_on, assessed_on + 70, concluded_on
  from report where outcome = 'INVESTIGATION'
    on conflict do nothing;
analyze report; analyze report_deadline;
SQL
fi
# Court orders (issue 15): a supervision order for a child of every 25th household, started over the last year, a year
# long; they join the list as COURT_ORDER_ENDS through court_order_running_by_household.
if [ "$(sql -tA -c 'select count(*) < 100 from court_order')" = "t" ]; then
	sql <<SQL
insert into court_order (id, household_id, child_member_id, kind, decided_on, starts_on, ends_on, current_ends_on,
                         created_at, created_by)
select gen_random_uuid(), h.id, c.id, 'SUPERVISION', s.starts_on, s.starts_on, s.starts_on + 365, s.starts_on + 365,
       now(), (select id from professional order by username limit 1)
  from (select id, row_number() over (order by id) as n from household) h
  cross join lateral (select m.id from member m where m.household_id = h.id and m.role = 'CHILD'
                       order by m.birth_date desc limit 1) c
  cross join lateral (select current_date - (h.n % 365)::int as starts_on) s
 where h.n % 25 = 0;
analyze court_order;
SQL
fi
echo "court orders: $(sql -tA -c 'select count(*) from court_order')"
echo "reports: $(sql -tA -c 'select count(*) from report'), clocks: $(sql -tA -c 'select count(*) from report_deadline')," \
	"running: $(sql -tA -c 'select count(*) from report_deadline where met_on is null')"
explain() { # explain PROFESSIONAL-ID ORGANISATION-ID
	{ echo "explain (analyze, buffers, timing)"; sed -e "s/:me/'$1'/g; s/:organisation/'$2'/g; s/:limit/20/; s/:offset/0/; s/:today/current_date/" \
		"$ROOT_DIR/src/main/resources/safetyteam/deadlines.sql"; } | sql
}
for who in esther.vandijk anouk.dejong vt; do
	if [ "$who" = vt ]; then
		row=$(sql -tA -F' ' -c "select id, organisation_id from professional where organisation_id = '$vt' limit 1")
	else
		row=$(sql -tA -F' ' -c "select id, organisation_id from professional where username = '$who'")
	fi
	set -- $row
	echo "## $who: $(sql -tA -c "select count(*) from (select household_id from current_involvement where professional_id = '$1'
	                                union select household_id from current_contact_person where professional_id = '$1') x") households"
	explain "$1" "$2" | tee "$WORK_DIR/deadlines-$who.txt" | grep -E "Index|Seq Scan|Execution Time|Planning Time|Buffers: shared" | head -14
done
