-- index actions_issue
CREATE INDEX actions_issue ON actions(issue_id);

-- index actions_unit
CREATE INDEX actions_unit ON actions(responsible_unit_id, status);

-- index agenda_items_meeting
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

-- index appeals_evaluation
CREATE INDEX appeals_evaluation ON appeals(evaluation_id);

-- index evaluations_period
CREATE INDEX evaluations_period ON evaluations(period);

-- index goals_parent
CREATE INDEX goals_parent ON goals(parent_id);

-- index goals_person
CREATE INDEX goals_person ON goals(person_id, period);

-- index goals_unit
CREATE INDEX goals_unit ON goals(unit_id, period);

-- index issues_meeting
CREATE INDEX issues_meeting ON issues(meeting_id);

-- index issues_parked
CREATE INDEX issues_parked ON issues(parked) WHERE parked = 1;

-- index kpis_active_code
CREATE UNIQUE INDEX kpis_active_code ON kpis(code) WHERE archived = 0 AND deleted = 0;

-- index meetings_one_running
CREATE UNIQUE INDEX meetings_one_running ON meetings(status) WHERE status = 'running' AND deleted = 0;

-- index minute_entries_meeting
CREATE INDEX minute_entries_meeting ON minute_entries(meeting_id, position);

-- index org_units_parent
CREATE INDEX org_units_parent ON org_units(parent_id);

-- index people_employee_no
CREATE UNIQUE INDEX people_employee_no ON people(employee_no) WHERE employee_no IS NOT NULL AND deleted = 0;

-- index people_unit
CREATE INDEX people_unit ON people(unit_id);

-- table action_history
CREATE TABLE action_history (
  action_id TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL CHECK (typeof(seq) = 'integer' AND seq >= 0),
  at INTEGER NOT NULL CHECK (typeof(at) = 'integer' AND at >= 0),
  actor TEXT NOT NULL CHECK (typeof(actor) = 'text' AND length(actor) BETWEEN 0 AND 200) DEFAULT '',
  from_status TEXT CHECK (from_status IS NULL OR from_status IN ('draft', 'submitted', 'returned', 'open', 'done', 'verified', 'not_achieved', 'cancelled')),
  to_status TEXT CHECK (to_status IS NULL OR to_status IN ('draft', 'submitted', 'returned', 'open', 'done', 'verified', 'not_achieved', 'cancelled')),
  owner_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  reason TEXT NOT NULL CHECK (typeof(reason) = 'text' AND length(reason) BETWEEN 0 AND 2000) DEFAULT '',
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (action_id, seq)
) WITHOUT ROWID;

-- table action_reports
CREATE TABLE action_reports (
  action_id TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  report_date TEXT NOT NULL CHECK (report_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  measured_value REAL CHECK (measured_value IS NULL OR (typeof(measured_value) IN ('integer', 'real') AND abs(measured_value) <= 1e+12)),
  progress REAL CHECK (progress IS NULL OR (typeof(progress) IN ('integer', 'real') AND progress BETWEEN 0 AND 100)),
  note TEXT NOT NULL CHECK (typeof(note) = 'text' AND length(note) BETWEEN 0 AND 20000) DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (action_id, period)
) WITHOUT ROWID;

-- table action_units
CREATE TABLE action_units (
  action_id TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,
  unit_id TEXT NOT NULL REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  plan TEXT NOT NULL CHECK (typeof(plan) = 'text' AND length(plan) BETWEEN 0 AND 20000) DEFAULT '',
  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (action_id, unit_id)
) WITHOUT ROWID;

-- table actions
CREATE TABLE actions (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  issue_id TEXT REFERENCES issues(id) DEFERRABLE INITIALLY DEFERRED,
  title TEXT NOT NULL CHECK (typeof(title) = 'text' AND length(title) BETWEEN 1 AND 2000),
  responsible_unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  start_date TEXT CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  measures TEXT NOT NULL CHECK (typeof(measures) = 'text' AND length(measures) BETWEEN 0 AND 20000) DEFAULT '',
  kpi_id TEXT REFERENCES kpis(id) DEFERRABLE INITIALLY DEFERRED,
  goal_id TEXT REFERENCES goals(id) DEFERRABLE INITIALLY DEFERRED,
  baseline REAL CHECK (baseline IS NULL OR (typeof(baseline) IN ('integer', 'real') AND abs(baseline) <= 1e+12)),
  expected REAL CHECK (expected IS NULL OR (typeof(expected) IN ('integer', 'real') AND abs(expected) <= 1e+12)),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'open', 'done', 'verified', 'not_achieved', 'cancelled')) DEFAULT 'draft',
  status_reason TEXT NOT NULL CHECK (typeof(status_reason) = 'text' AND length(status_reason) BETWEEN 0 AND 2000) DEFAULT '',
  owner_reason TEXT NOT NULL CHECK (typeof(owner_reason) = 'text' AND length(owner_reason) BETWEEN 0 AND 2000) DEFAULT '',
  result_value REAL CHECK (result_value IS NULL OR (typeof(result_value) IN ('integer', 'real') AND abs(result_value) <= 1e+12)),
  result_note TEXT NOT NULL CHECK (typeof(result_note) = 'text' AND length(result_note) BETWEEN 0 AND 2000) DEFAULT '',
  verified_on TEXT CHECK (verified_on IS NULL OR verified_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)
);

-- table agenda_items
CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  meeting_id TEXT NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('opening', 'action_review', 'speaker', 'discussion', 'buffer', 'closing')),
  title TEXT NOT NULL CHECK (typeof(title) = 'text' AND length(title) BETWEEN 0 AND 200) DEFAULT '',
  speaker_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  planned_minutes REAL NOT NULL CHECK (typeof(planned_minutes) IN ('integer', 'real') AND planned_minutes BETWEEN 0 AND 600),
  actual_seconds REAL CHECK (actual_seconds IS NULL OR (typeof(actual_seconds) IN ('integer', 'real') AND actual_seconds BETWEEN 0 AND 86400)),
  started_at TEXT CHECK (started_at IS NULL OR (started_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*' AND length(started_at) <= 40)),
  ended_at TEXT CHECK (ended_at IS NULL OR (ended_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*' AND length(ended_at) <= 40)),
  minutes TEXT NOT NULL CHECK (typeof(minutes) = 'text' AND length(minutes) BETWEEN 0 AND 20000) DEFAULT '',
  note TEXT NOT NULL CHECK (typeof(note) = 'text' AND length(note) BETWEEN 0 AND 2000) DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table agenda_templates
CREATE TABLE agenda_templates (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 200),
  items TEXT NOT NULL CHECK (typeof(items) = 'text' AND length(items) <= 20000 AND json_valid(items) AND json_type(items) = 'array'),
  sort_order INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table appeals
CREATE TABLE appeals (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  evaluation_id TEXT NOT NULL REFERENCES evaluations(id) DEFERRABLE INITIALLY DEFERRED,
  filed_on TEXT NOT NULL CHECK (filed_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  reason TEXT NOT NULL CHECK (typeof(reason) = 'text' AND length(reason) BETWEEN 1 AND 20000),
  status TEXT NOT NULL CHECK (status IN ('open', 'upheld', 'rejected', 'revised')) DEFAULT 'open',
  outcome TEXT NOT NULL CHECK (typeof(outcome) = 'text' AND length(outcome) BETWEEN 0 AND 20000) DEFAULT '',
  decided_on TEXT CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  revised_score REAL CHECK (revised_score IS NULL OR (typeof(revised_score) IN ('integer', 'real') AND abs(revised_score) <= 1e+12)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table deviation_notes
CREATE TABLE deviation_notes (
  goal INTEGER NOT NULL REFERENCES goals(key) DEFERRABLE INITIALLY DEFERRED,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  gap TEXT NOT NULL CHECK (typeof(gap) = 'text' AND length(gap) BETWEEN 0 AND 20000) DEFAULT '',
  internal_cause TEXT NOT NULL CHECK (typeof(internal_cause) = 'text' AND length(internal_cause) BETWEEN 0 AND 20000) DEFAULT '',
  external_cause TEXT NOT NULL CHECK (typeof(external_cause) = 'text' AND length(external_cause) BETWEEN 0 AND 20000) DEFAULT '',
  internal_measures TEXT NOT NULL CHECK (typeof(internal_measures) = 'text' AND length(internal_measures) BETWEEN 0 AND 20000) DEFAULT '',
  external_needs TEXT NOT NULL CHECK (typeof(external_needs) = 'text' AND length(external_needs) BETWEEN 0 AND 20000) DEFAULT '',
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (goal, period)
) WITHOUT ROWID;

-- table evaluation_rules
CREATE TABLE evaluation_rules (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 200),
  version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1),
  rules TEXT NOT NULL CHECK (typeof(rules) = 'text' AND length(rules) <= 20000 AND json_valid(rules) AND json_type(rules) = 'object'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table evaluations
CREATE TABLE evaluations (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-H[12]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  person_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  score REAL CHECK (score IS NULL OR (typeof(score) IN ('integer', 'real') AND abs(score) <= 1e+12)),
  rank INTEGER CHECK (rank IS NULL OR (typeof(rank) = 'integer' AND rank >= 1)),
  ranked INTEGER CHECK (ranked IS NULL OR (typeof(ranked) = 'integer' AND ranked >= 1)),
  flags TEXT NOT NULL CHECK (typeof(flags) = 'text' AND length(flags) <= 2000 AND json_valid(flags) AND json_type(flags) = 'array') DEFAULT '[]',
  rule_id TEXT NOT NULL REFERENCES evaluation_rules(id) DEFERRABLE INITIALLY DEFERRED,
  rule_version INTEGER NOT NULL CHECK (typeof(rule_version) = 'integer' AND rule_version >= 1),
  frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);

-- table goal_values
CREATE TABLE goal_values (
  goal INTEGER NOT NULL REFERENCES goals(key) DEFERRABLE INITIALLY DEFERRED,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  target REAL CHECK (target IS NULL OR (typeof(target) IN ('integer', 'real') AND abs(target) <= 1e+12)),
  target_max REAL CHECK (target_max IS NULL OR (typeof(target_max) IN ('integer', 'real') AND abs(target_max) <= 1e+12)),
  actual REAL CHECK (actual IS NULL OR (typeof(actual) IN ('integer', 'real') AND abs(actual) <= 1e+12)),
  note TEXT CHECK (note IS NULL OR (typeof(note) = 'text' AND length(note) <= 2000)),
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (goal, period)
) WITHOUT ROWID;

-- table goals
CREATE TABLE goals (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  parent_id TEXT REFERENCES goals(id) DEFERRABLE INITIALLY DEFERRED,
  kpi_id TEXT NOT NULL REFERENCES kpis(id) DEFERRABLE INITIALLY DEFERRED,
  unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  person_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-H[12]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  granularity TEXT NOT NULL CHECK (granularity IN ('month', 'ten_day', 'week')) DEFAULT 'month',
  title TEXT NOT NULL CHECK (typeof(title) = 'text' AND length(title) BETWEEN 0 AND 20000) DEFAULT '',
  weight REAL NOT NULL DEFAULT 0 CHECK (typeof(weight) IN ('integer', 'real') AND weight BETWEEN 0 AND 100),
  target REAL CHECK (target IS NULL OR (typeof(target) IN ('integer', 'real') AND abs(target) <= 1e+12)),
  target_max REAL CHECK (target_max IS NULL OR (typeof(target_max) IN ('integer', 'real') AND abs(target_max) <= 1e+12)),
  sort_order INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);

-- table imports
CREATE TABLE imports (
  source INTEGER PRIMARY KEY REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  package_id TEXT NOT NULL CHECK (length(package_id) BETWEEN 1 AND 64),
  their_stamp INTEGER NOT NULL CHECK (typeof(their_stamp) = 'integer' AND their_stamp >= 0),
  our_stamp INTEGER NOT NULL CHECK (typeof(our_stamp) = 'integer' AND our_stamp >= 0),
  rows INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0),
  backup TEXT NOT NULL CHECK (typeof(backup) = 'text' AND length(backup) BETWEEN 0 AND 4096) DEFAULT ''
);

-- table issue_units
CREATE TABLE issue_units (
  issue_id TEXT NOT NULL REFERENCES issues(id) DEFERRABLE INITIALLY DEFERRED,
  unit_id TEXT NOT NULL REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  related INTEGER NOT NULL DEFAULT 1 CHECK (related IN (0, 1)),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (issue_id, unit_id)
) WITHOUT ROWID;

-- table issues
CREATE TABLE issues (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  meeting_id TEXT REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  agenda_item_id TEXT REFERENCES agenda_items(id) DEFERRABLE INITIALLY DEFERRED,
  description TEXT NOT NULL CHECK (typeof(description) = 'text' AND length(description) BETWEEN 1 AND 20000),
  cause TEXT NOT NULL CHECK (cause IN ('internal', 'external')),
  responsible_unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  resource_request TEXT NOT NULL CHECK (typeof(resource_request) = 'text' AND length(resource_request) BETWEEN 0 AND 20000) DEFAULT '',
  solution TEXT NOT NULL CHECK (typeof(solution) = 'text' AND length(solution) BETWEEN 0 AND 20000) DEFAULT '',
  parked INTEGER NOT NULL DEFAULT 0 CHECK (parked IN (0, 1)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table kpis
CREATE TABLE kpis (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  code TEXT NOT NULL CHECK (typeof(code) = 'text' AND length(code) BETWEEN 1 AND 64),
  name_zh TEXT NOT NULL CHECK (typeof(name_zh) = 'text' AND length(name_zh) BETWEEN 0 AND 200) DEFAULT '',
  name_en TEXT NOT NULL CHECK (typeof(name_en) = 'text' AND length(name_en) BETWEEN 0 AND 200) DEFAULT '',
  unit_zh TEXT NOT NULL CHECK (typeof(unit_zh) = 'text' AND length(unit_zh) BETWEEN 0 AND 40) DEFAULT '',
  unit_en TEXT NOT NULL CHECK (typeof(unit_en) = 'text' AND length(unit_en) BETWEEN 0 AND 40) DEFAULT '',
  description_zh TEXT NOT NULL CHECK (typeof(description_zh) = 'text' AND length(description_zh) BETWEEN 0 AND 20000) DEFAULT '',
  description_en TEXT NOT NULL CHECK (typeof(description_en) = 'text' AND length(description_en) BETWEEN 0 AND 20000) DEFAULT '',
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'range')),
  aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'average', 'last', 'ratio')),
  decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
  perspective TEXT NOT NULL CHECK (perspective IN ('financial', 'customer', 'process', 'learning')),
  amber_below REAL NOT NULL CHECK (typeof(amber_below) IN ('integer', 'real')),
  red_below REAL NOT NULL CHECK (typeof(red_below) IN ('integer', 'real')),
  min_value REAL CHECK (min_value IS NULL OR (typeof(min_value) IN ('integer', 'real') AND abs(min_value) <= 1e+12)),
  max_value REAL CHECK (max_value IS NULL OR (typeof(max_value) IN ('integer', 'real') AND abs(max_value) <= 1e+12)),
  numerator_id TEXT REFERENCES kpis(id) DEFERRABLE INITIALLY DEFERRED,
  denominator_id TEXT REFERENCES kpis(id) DEFERRABLE INITIALLY DEFERRED,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  CHECK (length(name_zh) + length(name_en) > 0),
  CHECK (0 < red_below AND red_below <= amber_below AND amber_below <= 10),
  CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
  CHECK (aggregation <> 'ratio' OR (numerator_id IS NOT NULL AND denominator_id IS NOT NULL))
);

-- table meeting_attendees
CREATE TABLE meeting_attendees (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  person_id TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  attendance TEXT CHECK (attendance IS NULL OR attendance IN ('present', 'late', 'absent', 'excused')),
  invited INTEGER NOT NULL DEFAULT 1 CHECK (invited IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0 CHECK (typeof(position) = 'integer'),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;

-- table meeting_events
CREATE TABLE meeting_events (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL CHECK (typeof(seq) = 'integer' AND seq >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'next', 'previous', 'goto', 'skip', 'extend', 'shorten', 'move', 'end', 'reopen')),
  agenda_item_id TEXT REFERENCES agenda_items(id) DEFERRABLE INITIALLY DEFERRED,
  amount REAL CHECK (amount IS NULL OR (typeof(amount) IN ('integer', 'real') AND abs(amount) <= 86400)),
  at INTEGER NOT NULL CHECK (typeof(at) = 'integer' AND at >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (meeting_id, seq)
) WITHOUT ROWID;

-- table meeting_snapshots
CREATE TABLE meeting_snapshots (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  goal_id TEXT NOT NULL REFERENCES goals(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0 CHECK (typeof(position) = 'integer'),
  unit_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  person_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  kpi_id TEXT NOT NULL REFERENCES kpis(id) DEFERRABLE INITIALLY DEFERRED,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-H[12]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  target REAL CHECK (target IS NULL OR (typeof(target) IN ('integer', 'real') AND abs(target) <= 1e+12)),
  target_max REAL CHECK (target_max IS NULL OR (typeof(target_max) IN ('integer', 'real') AND abs(target_max) <= 1e+12)),
  actual REAL CHECK (actual IS NULL OR (typeof(actual) IN ('integer', 'real') AND abs(actual) <= 1e+12)),
  achievement REAL CHECK (achievement IS NULL OR (typeof(achievement) IN ('integer', 'real') AND abs(achievement) <= 1e+12)),
  status TEXT NOT NULL CHECK (status IN ('green', 'amber', 'red', 'missing', 'incomplete')),
  gap TEXT NOT NULL CHECK (typeof(gap) = 'text' AND length(gap) BETWEEN 0 AND 20000) DEFAULT '',
  internal_cause TEXT NOT NULL CHECK (typeof(internal_cause) = 'text' AND length(internal_cause) BETWEEN 0 AND 20000) DEFAULT '',
  external_cause TEXT NOT NULL CHECK (typeof(external_cause) = 'text' AND length(external_cause) BETWEEN 0 AND 20000) DEFAULT '',
  internal_measures TEXT NOT NULL CHECK (typeof(internal_measures) = 'text' AND length(internal_measures) BETWEEN 0 AND 20000) DEFAULT '',
  external_needs TEXT NOT NULL CHECK (typeof(external_needs) = 'text' AND length(external_needs) BETWEEN 0 AND 20000) DEFAULT '',
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (meeting_id, goal_id)
) WITHOUT ROWID;

-- table meetings
CREATE TABLE meetings (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  title TEXT NOT NULL CHECK (typeof(title) = 'text' AND length(title) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('monthly', 'quarterly', 'half_year', 'ad_hoc')),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  planned_minutes REAL NOT NULL DEFAULT 120 CHECK (typeof(planned_minutes) IN ('integer', 'real') AND planned_minutes > 0 AND planned_minutes <= 1440),
  place TEXT NOT NULL CHECK (typeof(place) = 'text' AND length(place) BETWEEN 0 AND 200) DEFAULT '',
  period TEXT CHECK (period IS NULL OR period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-H[12]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-D[1-3]' OR period GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  chair_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  secretary_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  minute_taker_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'ended')) DEFAULT 'planned',
  started_at TEXT CHECK (started_at IS NULL OR (started_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*' AND length(started_at) <= 40)),
  ended_at TEXT CHECK (ended_at IS NULL OR (ended_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*' AND length(ended_at) <= 40)),
  notes TEXT NOT NULL CHECK (typeof(notes) = 'text' AND length(notes) BETWEEN 0 AND 20000) DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table meta
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL CHECK (typeof(key) = 'text' AND length(key) BETWEEN 1 AND 64),
  value TEXT CHECK (value IS NULL OR (typeof(value) = 'text' AND length(value) <= 1000))
) WITHOUT ROWID;

-- table minute_entries
CREATE TABLE minute_entries (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  meeting_id TEXT NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  agenda_item_id TEXT REFERENCES agenda_items(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0 CHECK (typeof(position) = 'integer'),
  kind TEXT NOT NULL CHECK (kind IN ('information', 'decision', 'action')),
  text TEXT NOT NULL CHECK (typeof(text) = 'text' AND length(text) BETWEEN 1 AND 20000),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table org_units
CREATE TABLE org_units (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  parent_id TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL CHECK (kind IN ('company', 'division', 'department', 'region', 'team')),
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 200),
  code TEXT NOT NULL CHECK (typeof(code) = 'text' AND length(code) BETWEEN 0 AND 40) DEFAULT '',
  manager_id TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  sort_order INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((kind = 'company') = (parent_id IS NULL))
);

-- table people
CREATE TABLE people (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  unit_id TEXT NOT NULL REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 200),
  title TEXT NOT NULL CHECK (typeof(title) = 'text' AND length(title) BETWEEN 0 AND 200) DEFAULT '',
  employee_no TEXT CHECK (employee_no IS NULL OR (typeof(employee_no) = 'text' AND length(employee_no) BETWEEN 1 AND 40)),
  email TEXT NOT NULL CHECK (typeof(email) = 'text' AND length(email) BETWEEN 0 AND 200) DEFAULT '',
  committee_role TEXT CHECK (committee_role IS NULL OR committee_role IN ('chair', 'vice_chair', 'secretary', 'representative')),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table period_profiles
CREATE TABLE period_profiles (
  id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 200),
  weights TEXT NOT NULL CHECK (typeof(weights) = 'text' AND length(weights) <= 1000 AND json_valid(weights) AND json_type(weights) = 'array'),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),
  stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),
  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED
);

-- table sources
CREATE TABLE sources (
  n INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE CHECK (typeof(document_id) = 'text' AND length(document_id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 0 AND 200) DEFAULT '',
  role TEXT CHECK (role IS NULL OR role IN ('company', 'department')),
  unit_id TEXT CHECK (unit_id IS NULL OR (typeof(unit_id) = 'text' AND length(unit_id) BETWEEN 1 AND 64)),
  first_seen INTEGER NOT NULL CHECK (typeof(first_seen) = 'integer' AND first_seen >= 0)
);

-- trigger action_history_append_only_delete
CREATE TRIGGER action_history_append_only_delete BEFORE DELETE ON action_history
BEGIN SELECT RAISE(ABORT, 'perfdesk: action_history is an append-only log'); END;

-- trigger action_history_append_only_update
CREATE TRIGGER action_history_append_only_update BEFORE UPDATE ON action_history
WHEN NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.from_status IS NOT OLD.from_status OR NEW.to_status IS NOT OLD.to_status OR NEW.owner_id IS NOT OLD.owner_id OR NEW.reason IS NOT OLD.reason
BEGIN SELECT RAISE(ABORT, 'perfdesk: action_history is an append-only log'); END;

-- trigger agenda_items_frozen_delete
CREATE TRIGGER agenda_items_frozen_delete BEFORE DELETE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger agenda_items_frozen_insert
CREATE TRIGGER agenda_items_frozen_insert BEFORE INSERT ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger agenda_items_frozen_update
CREATE TRIGGER agenda_items_frozen_update BEFORE UPDATE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger evaluations_frozen_delete
CREATE TRIGGER evaluations_frozen_delete BEFORE DELETE ON evaluations
WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'perfdesk: the evaluation is frozen'); END;

-- trigger evaluations_frozen_update
CREATE TRIGGER evaluations_frozen_update BEFORE UPDATE ON evaluations
WHEN OLD.frozen = 1 AND (NEW.period IS NOT OLD.period OR NEW.unit_id IS NOT OLD.unit_id OR NEW.person_id IS NOT OLD.person_id OR NEW.score IS NOT OLD.score OR NEW.rank IS NOT OLD.rank OR NEW.ranked IS NOT OLD.ranked OR NEW.flags IS NOT OLD.flags OR NEW.rule_id IS NOT OLD.rule_id OR NEW.rule_version IS NOT OLD.rule_version OR NEW.frozen IS NOT OLD.frozen)
BEGIN SELECT RAISE(ABORT, 'perfdesk: the evaluation is frozen'); END;

-- trigger issues_frozen_delete
CREATE TRIGGER issues_frozen_delete BEFORE DELETE ON issues
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger issues_frozen_insert
CREATE TRIGGER issues_frozen_insert BEFORE INSERT ON issues
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger issues_frozen_update
CREATE TRIGGER issues_frozen_update BEFORE UPDATE ON issues
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended' AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.description IS NOT OLD.description OR NEW.cause IS NOT OLD.cause OR NEW.responsible_unit_id IS NOT OLD.responsible_unit_id OR NEW.owner_id IS NOT OLD.owner_id OR NEW.due_date IS NOT OLD.due_date OR NEW.resource_request IS NOT OLD.resource_request OR NEW.solution IS NOT OLD.solution OR NEW.parked IS NOT OLD.parked)
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_attendees_frozen_delete
CREATE TRIGGER meeting_attendees_frozen_delete BEFORE DELETE ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_attendees_frozen_insert
CREATE TRIGGER meeting_attendees_frozen_insert BEFORE INSERT ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_attendees_frozen_update
CREATE TRIGGER meeting_attendees_frozen_update BEFORE UPDATE ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_events_append_only_delete
CREATE TRIGGER meeting_events_append_only_delete BEFORE DELETE ON meeting_events
BEGIN SELECT RAISE(ABORT, 'perfdesk: meeting_events is an append-only log'); END;

-- trigger meeting_events_append_only_update
CREATE TRIGGER meeting_events_append_only_update BEFORE UPDATE ON meeting_events
WHEN NEW.kind IS NOT OLD.kind OR NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.amount IS NOT OLD.amount OR NEW.at IS NOT OLD.at
BEGIN SELECT RAISE(ABORT, 'perfdesk: meeting_events is an append-only log'); END;

-- trigger meeting_snapshots_frozen_delete
CREATE TRIGGER meeting_snapshots_frozen_delete BEFORE DELETE ON meeting_snapshots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_snapshots_frozen_insert
CREATE TRIGGER meeting_snapshots_frozen_insert BEFORE INSERT ON meeting_snapshots
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meeting_snapshots_frozen_update
CREATE TRIGGER meeting_snapshots_frozen_update BEFORE UPDATE ON meeting_snapshots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meetings_frozen_delete
CREATE TRIGGER meetings_frozen_delete BEFORE DELETE ON meetings
WHEN OLD.status = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger meetings_frozen_update
CREATE TRIGGER meetings_frozen_update BEFORE UPDATE ON meetings
WHEN OLD.status = 'ended' AND ((NEW.title IS NOT OLD.title OR NEW.kind IS NOT OLD.kind OR NEW.date IS NOT OLD.date OR NEW.start_time IS NOT OLD.start_time OR NEW.planned_minutes IS NOT OLD.planned_minutes OR NEW.place IS NOT OLD.place OR NEW.period IS NOT OLD.period OR NEW.chair_id IS NOT OLD.chair_id OR NEW.secretary_id IS NOT OLD.secretary_id OR NEW.minute_taker_id IS NOT OLD.minute_taker_id OR NEW.started_at IS NOT OLD.started_at OR NEW.notes IS NOT OLD.notes) OR ((NEW.status IS NOT OLD.status OR NEW.ended_at IS NOT OLD.ended_at) AND NOT (coalesce((SELECT max(seq) FROM meeting_events WHERE meeting_id = OLD.id AND kind = 'reopen'), -1) > coalesce((SELECT max(seq) FROM meeting_events WHERE meeting_id = OLD.id AND kind = 'end'), -1))))
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger minute_entries_frozen_delete
CREATE TRIGGER minute_entries_frozen_delete BEFORE DELETE ON minute_entries
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger minute_entries_frozen_insert
CREATE TRIGGER minute_entries_frozen_insert BEFORE INSERT ON minute_entries
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'ended'
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

-- trigger minute_entries_frozen_update
CREATE TRIGGER minute_entries_frozen_update BEFORE UPDATE ON minute_entries
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'ended' AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.kind IS NOT OLD.kind OR NEW.text IS NOT OLD.text)
BEGIN SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen'); END;

