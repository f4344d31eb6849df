#!/usr/bin/env bash
# The team lead's measures (issue 16) on a generated region: GET /api/v1/learning/measures for the team lead's
# organisation over the last year (default sanne.bakker, Wijkteam Dalenburg-Noord, the organisation with the most
# households of the generated region), RUNS calls in a row with a token (no bcrypt per call), and the page
# /learning/measures with a session; then the region-wide measures (every organisation's households) as the policy
# adviser ADVISER (default yvonne.meijer) sees them, API and page. The measures are computed on every call (two
# statements: the figures and the scale per quarter; no precomputation), so the figures are always current. Needs a
# running bench/start.sh.
#   bench/learning.sh [USERNAME] [RUNS] [ADVISER]      defaults: sanne.bakker 20 yvonne.meijer
set -euo pipefail
source "$(dirname "$0")/lib.sh"

USER_NAME=${1:-sanne.bakker}
RUNS=${2:-20}
ADVISER=${3:-yvonne.meijer}
org=$(sql -tA -c "select organisation_id from professional where lower(username) = lower('$USER_NAME')")
[ -n "$org" ] || die "no professional $USER_NAME"
helped=$(sql -tA -c "select count(distinct household_id) from involvement where organisation_id = '$org'")
from=$(date -u -d '1 year ago' +%F)
to=$(date -u -d 'tomorrow' +%F)
token=$(curl -fsS -X POST -u "$USER_NAME:$PASSWORD" "$BASE/api/v1/tokens" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || die "no token for $USER_NAME"
cookie=$(login "$USER_NAME")
adviser_token=$(curl -fsS -X POST -u "$ADVISER:$PASSWORD" "$BASE/api/v1/tokens" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$adviser_token" ] || die "no token for $ADVISER (a policy adviser)"
adviser_cookie=$(login "$ADVISER")
region=$(sql -tA -c "select count(distinct household_id) from involvement")

times() { # times URL HEADER: RUNS calls, prints "p50 max status" in ms
	local out; out=$(mktemp)
	for _ in $(seq 1 "$RUNS"); do
		curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "$2" "$1" >>"$out"
	done
	local bad; bad=$(awk '$1 != 200' "$out" | wc -l)
	sort -k2 -n "$out" | awk -v n="$RUNS" -v bad="$bad" '{t[NR] = $2 * 1000} END {printf "%.0f ms | %.0f ms | %d", t[int((n + 1) / 2)], t[n], bad}'
	rm -f "$out"
}

curl -s -o /dev/null -H "Authorization: Bearer $token" "$BASE/api/v1/learning/measures?organisationId=$org&from=$from&to=$to"
curl -s -o /dev/null -H "Authorization: Bearer $adviser_token" "$BASE/api/v1/learning/measures?from=$from&to=$to"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $USER_NAME ($helped households ever helped by the organisation), $ADVISER (region: $region households ever helped), $from to $to; $(machine)"
echo "| what | calls | p50 | max | non-200 |"
echo "|---|---|---|---|---|"
echo "| GET /api/v1/learning/measures (token) | $RUNS | $(times "$BASE/api/v1/learning/measures?organisationId=$org&from=$from&to=$to" "Authorization: Bearer $token") |"
echo "| GET /learning/measures (page, session) | $RUNS | $(times "$BASE/learning/measures?from=$from&to=$to" "Cookie: $cookie") |"
echo "| GET /api/v1/learning/measures, region (token) | $RUNS | $(times "$BASE/api/v1/learning/measures?from=$from&to=$to" "Authorization: Bearer $adviser_token") |"
echo "| GET /learning/measures, region (page, session) | $RUNS | $(times "$BASE/learning/measures?from=$from&to=$to" "Cookie: $adviser_cookie") |"
