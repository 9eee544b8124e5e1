-- Gordian results as tables: the schema of `--db FILE` (DuckDB) and `--parquet DIR` (one folder per
-- table, partitioned by case_id and scenario). Documented in docs/results.md.
-- schema-version: 1.0
-- Every table starts with the run's key (case_id, scenario); a deal is keyed by (case_id, scenario, deal_id).

-- One row per run: a case under one scenario (or its baseline).
CREATE TABLE runs (
  case_id VARCHAR NOT NULL,            -- the case's id
  scenario VARCHAR NOT NULL,           -- the scenario's id, or 'baseline'
  case_title VARCHAR NOT NULL,
  scenario_description VARCHAR NOT NULL,
  rules_digest VARCHAR NOT NULL,       -- sha256 over the case file and every rule file it reads
  gordian_version VARCHAR NOT NULL,
  schema_version VARCHAR NOT NULL,     -- the version of this schema
  options VARCHAR NOT NULL,            -- the run's options as JSON, the same for every run of a batch
  generated_at TIMESTAMP NOT NULL,     -- UTC; the one column that differs between two runs of the same inputs
  listed INTEGER NOT NULL,             -- listed deals
  listed_feasible INTEGER NOT NULL,
  generated BIGINT,                    -- deals the bounds allow; null when the space was not evaluated
  evaluated BIGINT,
  feasible BIGINT,
  infeasible BIGINT,
  scope VARCHAR,                       -- what the space covered, in words
  all_deals BOOLEAN NOT NULL           -- whether every generated deal is in deals, or only those kept
);

-- The deals of a run: listed, explained, and the generated ones kept (feasible, near misses), or all of
-- them with --all-deals.
CREATE TABLE deals (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,            -- a listed deal's id, or a generated deal's moves: phases by '/', moves by '+'
  title VARCHAR NOT NULL,
  listed BOOLEAN NOT NULL,
  source VARCHAR,                      -- where a listed deal comes from
  feasible BOOLEAN NOT NULL,
  kept VARCHAR NOT NULL                -- listed, explained, feasible, near-miss or generated
);

-- The moves of each deal with the phase each is placed in.
CREATE TABLE deal_moves (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  move VARCHAR NOT NULL,
  phase INTEGER NOT NULL
);

-- Each veto of a deal: which position rejected it, why, and the rule that says so.
CREATE TABLE vetoes (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  party VARCHAR NOT NULL,
  position VARCHAR NOT NULL,
  rule VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  cell VARCHAR,                        -- the decision-table cell, where the rule comes from one
  reason VARCHAR NOT NULL
);

-- Each concern on a deal: a weighted objection (negative) or support (positive).
CREATE TABLE concerns (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  party VARCHAR NOT NULL,
  position VARCHAR NOT NULL,
  weight DOUBLE NOT NULL,
  rule VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  cell VARCHAR,
  reason VARCHAR NOT NULL
);

-- Each consequence the rules derive for a deal.
CREATE TABLE consequences (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  consequence VARCHAR NOT NULL,
  description VARCHAR NOT NULL,
  rule VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  cell VARCHAR
);

-- The blocking map over the generated space: per position, the deals it vetoes and where it is the only veto.
CREATE TABLE blocking (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  party VARCHAR NOT NULL,
  position VARCHAR NOT NULL,
  faction VARCHAR,
  vetoes BIGINT NOT NULL,
  pivotal BIGINT NOT NULL,             -- deals it is the sole veto of (near misses)
  others_accept BIGINT NOT NULL,
  blocks_of_others_accept BIGINT NOT NULL
);

-- Minimal relaxations: for an infeasible deal, each smallest set of positions whose removal makes it feasible.
CREATE TABLE relaxations (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  set_no INTEGER NOT NULL,             -- 1, 2, … in the order found
  position VARCHAR NOT NULL            -- party:position
);

-- How each relaxation search went.
CREATE TABLE relaxation_searches (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  max_set_size INTEGER NOT NULL,
  positions INTEGER NOT NULL,
  complete BOOLEAN NOT NULL,
  unrelaxable BOOLEAN NOT NULL
);

-- The nearest feasible deals of an infeasible deal, with the edits that lead there.
CREATE TABLE nearest (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  rank INTEGER NOT NULL,               -- 1 is nearest
  nearby_id VARCHAR NOT NULL,
  distance INTEGER NOT NULL,           -- edits: moves added, removed or re-phased
  found_in VARCHAR NOT NULL,           -- neighbourhood or space
  edits VARCHAR NOT NULL               -- the edits in words, '; ' between them
);

-- Knots: moves no ordering makes feasible together.
CREATE TABLE knots (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  knot INTEGER NOT NULL,               -- 1, 2, … in report order
  kind VARCHAR NOT NULL,
  feasible_apart BOOLEAN NOT NULL,
  tied_alone BOOLEAN NOT NULL,
  holds_over_every_deal BOOLEAN        -- null unless the whole space was answered
);

-- The members of each knot: its moves, the parties and the positions that tie it.
CREATE TABLE knot_members (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  knot INTEGER NOT NULL,
  role VARCHAR NOT NULL,               -- move, party or position
  member VARCHAR NOT NULL
);

-- The ranking of feasible deals by concerns: each Pareto-optimal deal's score per bargaining party.
CREATE TABLE ranking (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  party VARCHAR NOT NULL,
  score DOUBLE NOT NULL,
  no_deal DOUBLE NOT NULL,             -- the party's value of walking away
  nash BOOLEAN NOT NULL                -- whether the deal maximises the Nash product
);

-- The probability of feasibility of each deal, where the case declares uncertain facts or positions.
CREATE TABLE probabilities (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  deal_id VARCHAR NOT NULL,
  method VARCHAR NOT NULL,             -- exact or sampled
  feasible BOOLEAN NOT NULL,           -- as the case stands
  probability DOUBLE NOT NULL,
  low DOUBLE NOT NULL,
  high DOUBLE NOT NULL,
  matters_most VARCHAR                 -- the variable whose value moves the probability most
);

-- Sensitivity (run --sensitivity): each conclusion, robust or fragile.
CREATE TABLE sensitivity (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  conclusion INTEGER NOT NULL,         -- 1, 2, … in report order
  list VARCHAR NOT NULL,               -- conclusions or newKnots
  subject VARCHAR NOT NULL,
  about VARCHAR NOT NULL,
  holds VARCHAR NOT NULL,
  robust BOOLEAN NOT NULL
);

-- The single changes of the model that flip a conclusion.
CREATE TABLE sensitivity_flips (
  case_id VARCHAR NOT NULL,
  scenario VARCHAR NOT NULL,
  conclusion INTEGER NOT NULL,
  change VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  becomes VARCHAR NOT NULL,
  delta BIGINT                         -- for the feasible count: by how much
);
