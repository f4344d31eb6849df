-- A household's plan as one JSON document (plan.PlanDetailsRepository.load, issue 19: one statement instead of
-- ten): the plan itself, its goals, its agreements with their progress notes (a professional's and a family
-- member's own), its evaluation moments, its frozen versions with the family's view of each, its safety
-- conditions with their checks (newest first) and its safety status history (oldest first). Timestamps are UTC
-- ISO instants; an agreement is overdue when it is open and due before :today.
with progress as (
    select x.agreement_id,
           json_agg(json_build_object('text', x.text, 'onBehalfOf', x.on_behalf_of, 'recordedBy', x.name,
                    'recordedAt', to_char(x.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                    order by x.recorded_at) as notes
      from (select p.agreement_id, p.text, p.on_behalf_of, r.name, p.recorded_at
              from plan_progress p join plan_agreement a on a.id = p.agreement_id
              join professional_profile r on r.id = p.recorded_by
             where a.household_id = :household
             union all
            -- what a family member wrote on their own agreement, as themselves: they are its author
            select f.agreement_id, f.text, null, f.author_name, f.recorded_at
              from family_agreement_progress f
             where f.household_id = :household) x
     group by x.agreement_id
),
views as (
    select x.version_number,
           json_agg(json_build_object('memberName', x.member_name, 'agrees', x.agrees, 'words', x.words,
                    'recordedAt', to_char(x.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    'recordedBy', x.name) order by x.recorded_at) as views
      from (select v.version_number, v.member_name, v.agrees, v.words, v.recorded_at, p.name
              from plan_family_view v join professional_profile p on p.id = v.recorded_by
             where v.household_id = :household
             union all
            -- what a family member wrote as themselves on the family's pages: they are its author
            select f.about_id::integer, f.author_name, f.position = 'AGREES', f.words, f.recorded_at, f.author_name
              from family_view f
             where f.household_id = :household and f.about_kind = 'PLAN_VERSION') x
     group by x.version_number
)
select json_build_object(
    'plan', (select json_build_object('phase', p.phase, 'familyWords', p.family_words, 'version', p.version)
               from plan p where p.household_id = :household),
    'goals', (select coalesce(json_agg(json_build_object('id', g.id, 'text', g.text, 'explanation', g.explanation,
                     'dangerStatementId', g.danger_statement_id, 'assessmentId', g.assessment_id,
                     'dangerStatement', d.text, 'version', g.version, 'lifeDomain', g.life_domain)
                     order by g.life_domain is not null, g.life_domain, g.position, g.id), '[]')
                from plan_goal g
                left join danger_statement d on d.id = g.danger_statement_id and d.assessment_id = g.assessment_id
                                            and d.household_id = g.household_id
               where g.household_id = :household and g.removed_at is null),
    'agreements', (select coalesce(json_agg(json_build_object('id', a.id, 'goalId', a.goal_id,
                          'description', a.description, 'owner', a.owner_name, 'ownerKind', a.owner_kind,
                          'ownerId', coalesce(a.owner_member_id, a.owner_involvement_id, a.owner_professional_id),
                          'dueDate', a.due_date, 'status', a.status, 'version', a.version,
                          'overdue', a.status = 'OPEN' and a.due_date is not null and a.due_date < :today,
                          'progress', coalesce(n.notes, '[]'))
                          order by a.due_date nulls last, a.created_at, a.id), '[]')
                     from plan_agreement a left join progress n on n.agreement_id = a.id
                    where a.household_id = :household and a.removed_at is null),
    'evaluations', (select coalesce(json_agg(json_build_object('id', e.id, 'plannedOn', e.planned_on,
                           'heldOn', e.held_on, 'assessmentId', e.assessment_id, 'notes', e.notes,
                           'phaseBefore', e.phase_before, 'phaseAfter', e.phase_after,
                           'versionNumber', e.version_number) order by e.planned_on, e.id), '[]')
                      from plan_evaluation e where e.household_id = :household),
    'versions', (select coalesce(json_agg(json_build_object('number', v.number, 'phase', v.phase,
                        'frozenAt', to_char(v.frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'frozenBy', p.name, 'views', coalesce(w.views, '[]')) order by v.number desc), '[]')
                   from plan_version v join professional_profile p on p.id = v.frozen_by
                   left join views w on w.version_number = v.number
                  where v.household_id = :household),
    'safetyConditions', (select coalesce(json_agg(json_build_object('id', c.id, 'text', c.text,
                                'agreedOn', c.agreed_on, 'checks', coalesce(k.checks, '[]')) order by c.position), '[]')
                           from plan_safety_condition c
                           left join lateral (
                               select json_agg(json_build_object('id', k.id, 'date', k.checked_on, 'held', k.held,
                                      'by', k.checked_by, 'note', k.note, 'recordedBy', r.name,
                                      'recordedAt', to_char(k.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                                      order by k.checked_on desc, k.recorded_at desc) as checks
                                 from plan_condition_check k left join professional_profile r on r.id = k.recorded_by
                                where k.condition_id = c.id) k on true
                          where c.household_id = :household),
    'safetyStatusHistory', (select coalesce(json_agg(json_build_object('status', s.status, 'since', s.since,
                                   'setBy', p.name,
                                   'setAt', to_char(s.set_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                                   order by s.since, s.set_at), '[]')
                              from plan_safety_status s left join professional_profile p on p.id = s.set_by
                             where s.household_id = :household))
