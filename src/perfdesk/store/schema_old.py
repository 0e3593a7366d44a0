"""Literal SQL of every released schema version: the DDL is the schema's source of truth.

Versions 1 and 2 are the statements the sqlite-utils calls of those releases produced,
copied here verbatim so that upgrading an old file no longer depends on the installed
sqlite-utils. They never change. `schema_v4.py` holds the current version.
"""

V1_SQL = """
CREATE TABLE "meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);
CREATE TABLE "org_units" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "parent_id" TEXT REFERENCES "org_units"("id"),
   "kind" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "code" TEXT DEFAULT '',
   "manager_id" TEXT,
   "sort_order" INTEGER DEFAULT 0,
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "people" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "unit_id" TEXT NOT NULL REFERENCES "org_units"("id"),
   "name" TEXT NOT NULL,
   "title" TEXT DEFAULT '',
   "email" TEXT DEFAULT '',
   "committee_role" TEXT,
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "kpis" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "code" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "name_en" TEXT DEFAULT '',
   "unit" TEXT DEFAULT '',
   "direction" TEXT NOT NULL,
   "aggregation" TEXT NOT NULL,
   "decimals" INTEGER DEFAULT 0,
   "perspective" TEXT DEFAULT 'financial',
   "amber_below" REAL DEFAULT 1.0,
   "red_below" REAL DEFAULT 0.9,
   "min_value" REAL,
   "max_value" REAL,
   "numerator_id" TEXT,
   "denominator_id" TEXT,
   "description" TEXT DEFAULT '',
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "goals" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "parent_id" TEXT REFERENCES "goals"("id"),
   "kpi_id" TEXT NOT NULL REFERENCES "kpis"("id"),
   "unit_id" TEXT REFERENCES "org_units"("id"),
   "person_id" TEXT REFERENCES "people"("id"),
   "period" TEXT NOT NULL,
   "title" TEXT DEFAULT '',
   "weight" REAL DEFAULT 0.0,
   "target" REAL,
   "target_max" REAL,
   "sort_order" INTEGER DEFAULT 0,
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "goal_targets" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "goal_id" TEXT NOT NULL REFERENCES "goals"("id"),
   "period" TEXT NOT NULL,
   "target" REAL,
   "locked" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "actuals" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "goal_id" TEXT NOT NULL REFERENCES "goals"("id"),
   "period" TEXT NOT NULL,
   "value" REAL,
   "note" TEXT DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE INDEX "idx_goals_unit_id_period"
    ON "goals" ("unit_id", "period");
CREATE INDEX "idx_goals_person_id_period"
    ON "goals" ("person_id", "period");
CREATE INDEX "idx_goals_parent_id"
    ON "goals" ("parent_id");
CREATE INDEX "idx_people_unit_id"
    ON "people" ("unit_id");
CREATE INDEX "idx_org_units_parent_id"
    ON "org_units" ("parent_id");
CREATE UNIQUE INDEX "idx_goal_targets_goal_id_period"
    ON "goal_targets" ("goal_id", "period");
CREATE UNIQUE INDEX "idx_actuals_goal_id_period"
    ON "actuals" ("goal_id", "period");
"""

V2_SQL = """
CREATE TABLE "meetings" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "title" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "date" TEXT NOT NULL,
   "start_time" TEXT,
   "planned_minutes" REAL DEFAULT 120.0,
   "place" TEXT DEFAULT '',
   "period" TEXT,
   "chair_id" TEXT REFERENCES "people"("id"),
   "secretary_id" TEXT REFERENCES "people"("id"),
   "status" TEXT NOT NULL DEFAULT 'planned',
   "started_at" TEXT,
   "ended_at" TEXT,
   "notes" TEXT DEFAULT '',
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "meeting_attendees" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "meeting_id" TEXT NOT NULL REFERENCES "meetings"("id"),
   "person_id" TEXT NOT NULL REFERENCES "people"("id"),
   "attendance" TEXT NOT NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "agenda_items" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "meeting_id" TEXT NOT NULL REFERENCES "meetings"("id"),
   "position" INTEGER NOT NULL,
   "kind" TEXT NOT NULL,
   "title" TEXT DEFAULT '',
   "speaker_id" TEXT REFERENCES "people"("id"),
   "unit_id" TEXT REFERENCES "org_units"("id"),
   "planned_minutes" REAL NOT NULL,
   "actual_seconds" REAL,
   "started_at" TEXT,
   "ended_at" TEXT,
   "minutes" TEXT DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "issues" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "agenda_item_id" TEXT REFERENCES "agenda_items"("id"),
   "description" TEXT NOT NULL,
   "cause" TEXT NOT NULL,
   "related_unit_ids" TEXT DEFAULT '[]',
   "responsible_unit_id" TEXT REFERENCES "org_units"("id"),
   "owner_id" TEXT REFERENCES "people"("id"),
   "due_date" TEXT,
   "resource_request" TEXT DEFAULT '',
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "actions" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "issue_id" TEXT REFERENCES "issues"("id"),
   "title" TEXT NOT NULL,
   "responsible_unit_id" TEXT REFERENCES "org_units"("id"),
   "owner_id" TEXT REFERENCES "people"("id"),
   "start_date" TEXT,
   "due_date" TEXT,
   "measures" TEXT DEFAULT '',
   "kpi_id" TEXT REFERENCES "kpis"("id"),
   "goal_id" TEXT REFERENCES "goals"("id"),
   "baseline" REAL,
   "expected" REAL,
   "status" TEXT NOT NULL DEFAULT 'draft',
   "status_reason" TEXT DEFAULT '',
   "archived" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "action_reports" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "action_id" TEXT NOT NULL REFERENCES "actions"("id"),
   "report_date" TEXT NOT NULL,
   "period" TEXT NOT NULL,
   "measured_value" REAL,
   "progress" REAL,
   "note" TEXT DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "deviation_notes" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "goal_id" TEXT NOT NULL REFERENCES "goals"("id"),
   "period" TEXT NOT NULL,
   "gap" TEXT DEFAULT '',
   "internal_cause" TEXT DEFAULT '',
   "external_cause" TEXT DEFAULT '',
   "internal_measures" TEXT DEFAULT '',
   "external_needs" TEXT DEFAULT '',
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "idx_meeting_attendees_meeting_id_person_id"
    ON "meeting_attendees" ("meeting_id", "person_id");
CREATE INDEX "idx_agenda_items_meeting_id_position"
    ON "agenda_items" ("meeting_id", "position");
CREATE INDEX "idx_issues_meeting_id"
    ON "issues" ("meeting_id");
CREATE INDEX "idx_actions_responsible_unit_id_status"
    ON "actions" ("responsible_unit_id", "status");
CREATE INDEX "idx_actions_issue_id"
    ON "actions" ("issue_id");
CREATE INDEX "idx_action_reports_action_id_report_date"
    ON "action_reports" ("action_id", "report_date");
CREATE UNIQUE INDEX "idx_deviation_notes_goal_id_period"
    ON "deviation_notes" ("goal_id", "period");
"""
