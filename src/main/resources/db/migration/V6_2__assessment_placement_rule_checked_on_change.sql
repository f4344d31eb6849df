-- A placement decision is challenged by a behavioural scientist: the application checks this when a decision is
-- made or its challenge changes. The row trigger checked it on every save as well, because a save replaces the
-- document's rows; a challenge given by a behavioural scientist who later left that role then blocked every
-- later save of the assessment. The rule applies to the moment of the challenge, so the trigger goes; the check
-- constraints (a placement always has a challenger, who is not the one who recorded it) stay.
drop trigger assessment_key_decision_placement_challenger on assessment_key_decision;
drop function assessment_placement_challenged_by_behavioural_scientist();
