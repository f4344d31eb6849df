-- Belt and braces behind the Java validation (issue 9, hole 9): names have a length limit in the database too.
-- NOT VALID: rows stored before are not rechecked; every new or changed row is.
alter table household add constraint household_name_length check (length(name) <= 200) not valid;
alter table member add constraint member_given_name_length check (length(given_name) <= 100) not valid;
alter table member add constraint member_family_name_length check (length(family_name) <= 100) not valid;
