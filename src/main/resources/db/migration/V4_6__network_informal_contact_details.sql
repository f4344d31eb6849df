-- network: phone and e-mail of someone from the family's own circle, so that "Wie helpt nu?" can call them (issue 12)

alter table involvement
    add column person_phone text check (length(person_phone) <= 40),
    add column person_email text check (length(person_email) <= 200);
