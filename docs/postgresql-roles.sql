-- hallbar: the facilitator, coordinator and reader roles on a shared PostgreSQL database.
--
-- Run as the owner of hallbar's tables, in the database the program uses, once the program has
-- made the tables (its first connection as the owner), and again after each upgrade of the
-- program, so that new tables get the same rights:
--
--   psql -v ON_ERROR_STOP=1 -U hallbar_owner -d hallbar -f postgresql-roles.sql
--
-- Running it again changes nothing. It works in the first schema of the search path (public,
-- unless set otherwise). What the roles may do (docs/postgresql.md):
--
--   hallbar_facilitator  sees and edits only the workshops its members made themselves (the
--                        column workshops.owner, which the server fills with the login role
--                        that inserts the workshop); may make new ones, import and push
--   hallbar_coordinator  reads every workshop and follows up their actions (changes an
--                        action's status, responsible person, dates and notes) and gives a
--                        workshop to its facilitator (hallbar owner); nothing else
--   hallbar_reader       reads and exports every workshop
--
-- Each person gets a login role of their own, a member of one of these, e.g.
--   CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE hallbar_facilitator;
-- The owner of the tables is not limited by any of this: let only the program's upgrades use it.

DO $roles$
DECLARE
  here text := current_schema();
  group_role text;
  t text;
BEGIN
  -- The group roles, if missing. Making them needs the CREATEROLE right; without it, have a
  -- superuser make them first (CREATE ROLE hallbar_facilitator NOLOGIN; and so on).
  FOREACH group_role IN ARRAY ARRAY['hallbar_facilitator', 'hallbar_coordinator', 'hallbar_reader']
  LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = group_role) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
    END IF;
  END LOOP;

  EXECUTE format(
    'GRANT USAGE ON SCHEMA %I TO hallbar_facilitator, hallbar_coordinator, hallbar_reader', here);
  EXECUTE format(
    'GRANT SELECT ON ALL TABLES IN SCHEMA %I TO hallbar_facilitator, hallbar_coordinator, '
    'hallbar_reader', here);
  EXECUTE format(
    'GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO hallbar_facilitator', here);
  -- The schema's version and settings are the owner's; only the installation's id is added
  -- once, by the first package made or read.
  EXECUTE format('REVOKE UPDATE, DELETE ON %I.hallbar_meta FROM hallbar_facilitator', here);
  EXECUTE format('GRANT INSERT ON %I.hallbar_meta TO hallbar_coordinator', here);
  -- The follow-up.
  EXECUTE format('GRANT UPDATE ON %I.actions TO hallbar_coordinator', here);
  -- Whose a workshop is (hallbar owner --workshop ID --to ROLE): workshops made before
  -- version 5 of the tables belong to the role that upgraded them until given to someone.
  EXECUTE format('GRANT UPDATE (owner) ON %I.workshops TO hallbar_coordinator', here);
  -- The audit log after the workshop day (schema version 6, docs/privacy.md) is only added
  -- to: an edit of a workshop marked Genomförd adds its entry, also a coordinator's follow-up.
  -- No one but the owner changes or removes an entry; a purge of names blanks only who and on
  -- which computer (the hash chain covers a digest of them, not the names).
  IF to_regclass(format('%I.audit_entries', here)) IS NOT NULL THEN
    EXECUTE format('REVOKE UPDATE, DELETE ON %I.audit_entries FROM hallbar_facilitator', here);
    EXECUTE format(
      'GRANT UPDATE (user_name, computer, salt) ON %I.audit_entries TO hallbar_facilitator', here);
    EXECUTE format('GRANT INSERT ON %I.audit_entries TO hallbar_coordinator', here);
  END IF;

  -- Row-level security: a facilitator's rows are those of the workshops it made; the
  -- coordinator and the reader see every row (what they may change is in the grants above).
  EXECUTE format('ALTER TABLE %I.workshops ENABLE ROW LEVEL SECURITY', here);
  EXECUTE format('DROP POLICY IF EXISTS hallbar_own_workshops ON %I.workshops', here);
  EXECUTE format(
    'CREATE POLICY hallbar_own_workshops ON %I.workshops TO hallbar_facilitator '
    'USING (owner = current_user) WITH CHECK (owner = current_user)', here);
  FOR t IN
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = here AND column_name = 'workshop_id'
  LOOP
    EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', here, t);
    EXECUTE format('DROP POLICY IF EXISTS hallbar_own_workshops ON %I.%I', here, t);
    -- The workshops a facilitator sees are its own (the policy above).
    EXECUTE format(
      'CREATE POLICY hallbar_own_workshops ON %I.%I TO hallbar_facilitator '
      'USING (workshop_id IN (SELECT id FROM %I.workshops))', here, t, here);
  END LOOP;
  EXECUTE format('ALTER TABLE %I.action_dependencies ENABLE ROW LEVEL SECURITY', here);
  EXECUTE format('DROP POLICY IF EXISTS hallbar_own_workshops ON %I.action_dependencies', here);
  EXECUTE format(
    'CREATE POLICY hallbar_own_workshops ON %I.action_dependencies TO hallbar_facilitator '
    'USING (action_id IN (SELECT id FROM %I.actions))', here, here);
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = here AND c.relrowsecurity
  LOOP
    EXECUTE format('DROP POLICY IF EXISTS hallbar_every_workshop ON %I.%I', here, t);
    EXECUTE format(
      'CREATE POLICY hallbar_every_workshop ON %I.%I TO hallbar_coordinator, hallbar_reader '
      'USING (true)', here, t);
  END LOOP;
END
$roles$;
