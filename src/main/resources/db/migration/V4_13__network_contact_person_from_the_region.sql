-- network: who may be contact person is a setting of the region (kernteam.region.contact-person-from): by default a
-- local team, and in regions that work the FoodValley way also the regional safety team (Veilig Thuis, the Raad voor de
-- Kinderbescherming, a certified youth protection agency). The application enforces the region's setting; the
-- database keeps the outer bound, so that nobody else (a school, the police) is ever the fixed face.
create or replace function contact_person_must_be_local_team() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from professional p join organisation o on o.id = p.organisation_id
                   where p.id = new.professional_id
                     and o.type in ('LOCAL_TEAM', 'VEILIG_THUIS', 'CHILD_PROTECTION_BOARD', 'YOUTH_PROTECTION_AGENCY')) then
        raise exception 'contact person % works neither for a local team nor for the regional safety team',
            new.professional_id using errcode = 'check_violation';
    end if;
    return new;
end
$$;
