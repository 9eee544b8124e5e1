package org.gordian.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message Gordian says to its users about their input or a run, in the words of the library: one
 * catalogue, so that a message is worded once, the same wherever it is said, and listed in
 * {@code docs/messages.md}.
 *
 * <p>A message has a stable {@link #key() key}, a {@link #text() text} with placeholders in braces
 * ({@code {move}}) filled in order by {@link #say(Object...)}, and where it helps {@link #advice() advice} on
 * what to do, said after the text:
 *
 * <pre>{@code
 * y.error(node, Message.UNKNOWN_MOVE.say(id, "deal 'first-offer'", Suggest.didYouMean(id, moveIds)));
 * }</pre>
 *
 * <p>Messages name no command-line flag: a failure that a setting can get past carries a {@link Hint}, which
 * each interface words in its own terms. Messages about how the command line itself is used belong to the
 * command line ({@code org.gordian.cli}).
 */
public enum Message {
  // Case files
  TOO_MANY_MOVES(Topic.CASE, "a case may define at most {max-moves} moves"),
  SCENARIO_DATED_CASE_NOT(Topic.CASE, "scenario '{id}' has a date but the case has none: give the case's own day as"
      + " date: YYYY-MM-DD so that reports can say whether the scenario lies before or after it"),
  HELD_POSITION_WITHOUT_RULE(Topic.CASE, "party '{id}' holds position '{position}' with a probability, but no rule"
      + " holds '{ref}'{suggestion}"),
  DISABLED_POSITION_WITHOUT_RULE(Topic.CASE, "scenario '{id}' switches off position '{position}', which no rule"
      + " holds{suggestion}"),
  SCENARIO_FACT_TYPE_UNDECLARED(Topic.CASE, "scenario '{id}' adds context fact '{fact}' of type '{type}', which no"
      + " rule file declares{suggestion}"),
  RULE_FACTION_UNKNOWN(Topic.CASE, "rule '{rule}' names faction '{faction}', which party '{party}' does not"
      + " declare{suggestion} (factions of {party}: {list})"),
  FACTION_WITHOUT_POSITION(Topic.CASE, "faction '{faction}' of party '{party}' is declared, but no rule's position"
      + " names it with @faction: switching it off or holding it with a probability would change nothing"),
  POSITION_FACTIONS_DIFFER(Topic.CASE, "rule '{rule}' of position '{position}' names faction '{faction}', but the"
      + " rule at {place} names '{before}'; all rules of one position must name the same faction"),
  RULE_PARTY_UNKNOWN(Topic.CASE, "rule '{rule}' is held by party '{party}', which the case does not"
      + " define{suggestion} (parties: {list})"),
  NOT_YAML_AT(Topic.CASE, "not valid YAML: {problem}{context}"),
  CASE_FILE_EMPTY(Topic.CASE, "the case file is empty; expected a mapping with at least 'id', 'parties' and 'moves'"),
  TOO_MANY_YAML_ALIASES(Topic.CASE, "too many YAML aliases (more than {max-aliases}): a case file may not expand"
      + " references this much"),
  NOT_YAML(Topic.CASE, "not valid YAML: {problem}"),
  NO_SUCH_FILE(Topic.CASE, "no such file"),
  FOLDER_NOT_FILE(Topic.CASE, "is a folder, expected a file"),
  NOT_REGULAR_FILE(Topic.CASE, "not a regular file (a named pipe, socket or device)",
      "give the path of a plain file"),
  FILE_TOO_LARGE(Topic.CASE, "file is {size} bytes; at most {max-bytes} are read"),
  CANNOT_READ(Topic.CASE, "cannot read: {reason}"),
  NOT_UTF8(Topic.CASE, "not UTF-8: {problem}",
      "save the file as UTF-8"),
  RULES_NOT_A_PATH(Topic.CASE, "'{written}' is not a path: {reason}; expected a folder or file path relative to the"
      + " case file"),
  RULES_OUTSIDE_PROJECT(Topic.CASE, "rules '{written}' lie outside this case's project, in {real}{after-links}; a case"
      + " may name only rules inside {project} ({project-is}), unless rules from outside its project are allowed"),
  RULE_LINK_OUTSIDE_PROJECT(Topic.CASE, "rule file '{file}' in '{written}' is a link to {real-file}, outside this"
      + " case's project {project}, which is refused unless rules from outside its project are allowed"),
  RULES_PLACE_UNKNOWN(Topic.CASE, "cannot tell whether rules '{written}' lie inside this case's project:"
      + " {failure} {reason}"),
  CASE_WITHOUT_RULES(Topic.CASE, "the case needs 'rules': the rule folders it uses, relative to the case file"),
  RULES_EMPTY(Topic.CASE, "'rules' lists no rule folder; a case needs at least one, relative to the case file"),
  RULES_ITEM_NOT_PATH(Topic.CASE, "items of 'rules' must be folder paths, found {found}"),
  CASE_WITHOUT_PARTIES(Topic.CASE, "the case needs 'parties': a list of the actors, each with an 'id'"),
  DUPLICATE_PARTY_ID(Topic.CASE, "duplicate party id '{party}'"),
  NO_DEAL_NOT_NUMBER(Topic.CASE, "'no-deal' of party '{party}' must be a number (the party's score without a deal),"
      + " found {found}"),
  BARGAINER_NOT_BOOLEAN(Topic.CASE, "'bargainer' of party '{party}' must be true or false, found {found}"),
  PARTIES_EMPTY(Topic.CASE, "'parties' is empty; a case needs at least one party"),
  CASE_WITHOUT_MOVES(Topic.CASE, "the case needs 'moves': what each party could give, each with 'id', 'party' and"
      + " 'kind'"),
  DUPLICATE_MOVE_ID(Topic.CASE, "duplicate move id '{move}'"),
  UNKNOWN_PARTY_LISTED(Topic.CASE, "unknown party '{party}' in {what}{suggestion} (parties: {list})"),
  TOO_MANY_MOVES_IN_CASE(Topic.CASE, "the case defines {size} moves; at most {max-moves} are supported"),
  DUPLICATE_CONTEXT_FACT_ID(Topic.CASE, "duplicate context fact id '{fact}'"),
  OUTCOME_WITHOUT_PROBABILITY(Topic.CASE, "an outcome of {whose} needs 'probability', a number from 0 to 1"),
  OUTCOME_WITHOUT_FIELDS(Topic.CASE, "an outcome of {whose} needs 'fields': the fields it gives the fact, such as"
      + " '{level: low}'"),
  OUTCOME_FIELDS_EMPTY(Topic.CASE, "an outcome of {whose} sets no field",
      "give the fields it changes, such as '{level: low}'"),
  OUTCOME_PROBABILITIES_SUM(Topic.CASE, "the probabilities of the outcomes of {whose} add up to {sum}; expected 1"
      + " (within 1e-9)"),
  OUTCOMES_EMPTY(Topic.CASE, "'outcomes' of {whose} is empty",
      "leave it out for a certain fact, or give two outcomes or more"),
  CONFIDENCE_UNKNOWN(Topic.CASE, "'confidence' of {what} is '{confidence}'; expected stated, inferred or hedged"),
  EVIDENCE_WITHOUT_SOURCE(Topic.CASE, "{what} gives {given} but no 'source' it comes from"),
  FACT_FIELD_NOT_SCALAR(Topic.CASE, "field '{field}' of context fact '{fact}' must be text, a number or true/false,"
      + " found {found}"),
  DUPLICATE_DEAL_ID(Topic.CASE, "duplicate deal id '{deal}'"),
  DEAL_WITHOUT_MOVES(Topic.CASE, "{what} needs 'moves': each move id with its phase, such as 'inspection: 2'"),
  UNKNOWN_MOVE(Topic.CASE, "unknown move '{move-id}' in {what}{suggestion}"),
  PHASE_OUT_OF_RANGE(Topic.CASE, "the phase of '{move-id}' in {what} is {phase}; phases are numbered from 1 (at"
      + " most 60)"),
  DEAL_MOVES_EMPTY(Topic.CASE, "{what} has no moves"),
  PHASE_GAP(Topic.CASE, "{what} uses phase {max} but no move in phase {missing}; phases run 1..k without gaps"),
  REQUIRED_MOVE_EXCLUDED(Topic.CASE, "move '{move}' is required but also excluded or not among 'bounds.moves'"),
  MAX_MOVES_OUT_OF_RANGE(Topic.CASE, "'max-moves' is {max-moves}; it must be between 1 and the number of moves"
      + " ({size})"),
  MAX_MOVES_BELOW_REQUIRED(Topic.CASE, "'max-moves' is {max-moves} but {size} moves are required"),
  PHASES_OUT_OF_RANGE(Topic.CASE, "'phases' is {phases}; it must be between 1 and 60"),
  LIMIT_TOO_SMALL(Topic.CASE, "'limit' is {limit}; it must be at least 1"),
  BOUNDS_UNKNOWN_PARTY(Topic.CASE, "unknown party '{party}' in 'bounds.parties'{suggestion}"),
  PARTY_BOUNDS_INVERTED(Topic.CASE, "the bounds of party '{party}' are min {min}, max {max}; expected 0 <= min <="
      + " max"),
  PARTY_MINIMUM_UNREACHABLE(Topic.CASE, "party '{key}' must give at least {min} moves but only {available} of its"
      + " moves are allowed; no deal fits these bounds"),
  MINIMUMS_EXCEED_MAX_MOVES(Topic.CASE, "the parties' minimums add up to {min-sum} moves but 'max-moves' is"
      + " {max-moves}; no deal fits these bounds"),
  ALTERNATIVES_MOVE_TWICE(Topic.CASE, "a group of 'alternatives' names a move twice"),
  ALTERNATIVES_TOO_FEW(Topic.CASE, "a group of 'alternatives' needs two moves or more, of which a deal may hold"
      + " one; found {size}"),
  REQUIRED_ALTERNATIVES(Topic.CASE, "'bounds.require' holds {moves}, which 'alternatives' declares exclusive; no"
      + " deal fits these bounds"),
  DEAL_HOLDS_ALTERNATIVES(Topic.CASE, "deal '{id}' holds {moves}, which 'alternatives' declares exclusive (a deal"
      + " may hold one of {list})"),
  MOVE_ITEM_NOT_ID(Topic.CASE, "items of {what} must be move ids, found {found}"),
  FACTION_REF_MALFORMED(Topic.CASE, "'factions' of {what} names a faction as 'party/faction', found '{name}'"),
  UNKNOWN_FACTION(Topic.CASE, "unknown faction '{name}' in {what}{suggestion} (factions: {list})"),
  FACTION_CHANGE_MALFORMED(Topic.CASE, "faction '{name}' in {what} must be 'off' (every position of the faction"
      + " off) or '{held: p}' (each held with probability p), found {found}"),
  SCENARIO_NAMED_BASELINE(Topic.CASE, "a scenario may not be called '{baseline}': that name stands for the case as"
      + " written, which every command runs besides its scenarios",
      "choose another id"),
  DUPLICATE_SCENARIO_ID(Topic.CASE, "duplicate scenario id '{scenario}'"),
  SCENARIO_SOURCE_WITHOUT_DATE(Topic.CASE, "{what} gives a 'source' but no 'date': a source records what happened"
      + " on the scenario's day",
      "write the day as date: YYYY-MM-DD"),
  DISABLE_ITEM_MALFORMED(Topic.CASE, "items of 'disable' must name a position as 'party/position', found {found}"),
  UNKNOWN_PARTY(Topic.CASE, "unknown party '{party}' in {what}{suggestion}"),
  SCENARIO_REMOVES_UNKNOWN_FACT(Topic.CASE, "{what} removes context fact '{fact}', which the case does not"
      + " define{suggestion}"),
  SCENARIO_CHANGES_UNKNOWN_FACT(Topic.CASE, "{what} changes context fact '{fact}', which the case does not"
      + " define{suggestion}",
      "to add a new fact give its 'type'"),
  SCENARIO_RULES_ITEM_NOT_PATH(Topic.CASE, "items of 'rules' must be file or folder paths, found {found}"),
  SCENARIO_RULES_MISSING(Topic.CASE, "{what} adds rules from '{written}', which does not exist (looked for {resolved})"),
  SCENARIO_DEAL_ALREADY_LISTED(Topic.CASE, "{what} adds deal '{id}', which the case already lists"),
  UNKNOWN_SCENARIO(Topic.CASE, "no scenario '{id}' in this case{suggestion} (scenarios: {list})"),
  LINE_TOO_LONG(Topic.CASE, "line {line} is {length} characters long; a line may hold at most {most}: write long"
      + " text as a folded block ('>') over several lines"),
  NUL_BYTE(Topic.CASE, "a NUL byte (U+0000) is not allowed in a YAML file; remove it (is this a binary file, or"
      + " saved as UTF-16?)"),
  LONE_SURROGATE(Topic.CASE, "a lone surrogate {code} is not a character",
      "save the file as UTF-8"),
  CONTROL_CHARACTER(Topic.CASE, "character {character} is not allowed in a YAML file (only tab and line breaks of"
      + " the control characters are)",
      "remove it"),
  YAML_TAG(Topic.CASE, "YAML tag '{tag}' is not allowed: a case file holds only text, numbers, true/false, lists"
      + " and mappings, and never names a Java class",
      "remove the tag"),
  NOT_A_MAPPING(Topic.CASE, "{what} must be a mapping of keys to values, found {found}"),
  KEY_NOT_PLAIN(Topic.CASE, "keys in {what} must be plain words, found {found}"),
  UNKNOWN_KEY(Topic.CASE, "unknown key '{key}' in {what}{suggestion} (allowed: {list})"),
  DUPLICATE_KEY(Topic.CASE, "duplicate key '{key}' in {what}"),
  NOT_A_LIST(Topic.CASE, "{what} must be a list, found {found}"),
  KEY_MISSING(Topic.CASE, "{what} needs '{key}'"),
  NOT_TEXT(Topic.CASE, "'{key}' in {what} must be text, found {found}"),
  NOT_A_DAY(Topic.CASE, "'{key}' in {what} is not a day of the calendar: {written}"),
  NOT_A_DATE(Topic.CASE, "'{key}' in {what} must be a date written YYYY-MM-DD (for example 2019-02-28), found"
      + " {found}"),
  NOT_AN_ID(Topic.CASE, "'{key}' in {what} must be letters, digits, '-', '_' or '.', found '{written}'"),
  NUMBER_TOO_LARGE(Topic.CASE, "{what} is too large: {written}"),
  NOT_A_WHOLE_NUMBER(Topic.CASE, "{what} must be a whole number, found {found}"),
  NOT_A_PROBABILITY(Topic.CASE, "{what} must be a probability, a number from 0 to 1, found {found}"),
  PROBABILITY_OUT_OF_RANGE(Topic.CASE, "{what} is {value}; a probability lies between 0 and 1"),
  ITEM_NOT_TEXT(Topic.CASE, "items of {what} must be text, found {found}"),
  NO_FACTIONS(Topic.CASE, "none",
      "declare them under a party's 'factions'"),
  UTF8_BAD_START(Topic.CASE, "byte {byte} cannot start a character"),
  UTF8_NO_CONTINUATION(Topic.CASE, "byte {byte} starts a character of {length} bytes, but no continuation byte"
      + " follows"),
  UTF8_SHORT(Topic.CASE, "byte {byte} starts a character of {length} bytes, but only {following} follow{s}"),
  UTF8_OVERLONG(Topic.CASE, "bytes {bytes} are an overlong form of {character}, which UTF-8 writes in fewer bytes"),
  UTF8_SURROGATE(Topic.CASE, "bytes {bytes} encode {character}, a UTF-16 surrogate, which is not a character"),
  UTF8_BEYOND(Topic.CASE, "bytes {bytes} encode {character}, beyond the last character U+10FFFF"),

  // Expectations and tests
  EXPECTATIONS_FILE_EMPTY(Topic.EXPECTATIONS, "the expectations file is empty; expected a mapping with"
      + " 'expectations'"),
  EXPECTED_CASE_MISSING(Topic.EXPECTATIONS, "case '{case}' does not exist (looked for {case-file})"),
  EXPECTATIONS_MISSING(Topic.EXPECTATIONS, "the expectations file needs 'expectations': a list of what is expected"),
  FEASIBLE_NOT_BOOLEAN(Topic.EXPECTATIONS, "'feasible' must be true or false, found {found}"),
  KNOT_ITEM_NOT_ID(Topic.EXPECTATIONS, "'knot' lists the moves of a knot by id, found {found}"),
  KNOT_SIZE(Topic.EXPECTATIONS, "'knot' needs two or three moves, as the knots of a report list them; found {size}"),
  HOLDS_WITHOUT_KNOT(Topic.EXPECTATIONS, "'holds' says whether a 'knot' is expected",
      "give the 'knot' it is about"),
  HOLDS_NOT_BOOLEAN(Topic.EXPECTATIONS, "'holds' must be true or false, found {found}"),
  GENERATED_FEASIBLE_WITHOUT_RANGE(Topic.EXPECTATIONS, "'generated-feasible' needs 'at-least' or 'at-most'"),
  EXPECTATION_SAYS_NOTHING(Topic.EXPECTATIONS, "an expectation needs one of 'feasible', 'vetoed-by',"
      + " 'not-vetoed-by', 'unlocked-by', 'consequence', 'generated-feasible' or 'knot'"),
  EXPECTATION_SAYS_TWO_THINGS(Topic.EXPECTATIONS, "an expectation says one thing:"
      + " 'feasible'/'vetoed-by'/'not-vetoed-by', 'unlocked-by', 'consequence', 'generated-feasible' or 'knot'",
      "split this one in two"),
  EXPECTATION_WITHOUT_DEAL(Topic.EXPECTATIONS, "'feasible', 'vetoed-by', 'not-vetoed-by' and 'unlocked-by' need the"
      + " 'deal' they are about"),
  KNOT_WITH_DEAL(Topic.EXPECTATIONS, "a 'knot' is a finding about the generated space, not one deal",
      "leave out 'deal'"),
  FEASIBLE_AND_VETOED(Topic.EXPECTATIONS, "a deal expected feasible cannot be vetoed",
      "use 'feasible: false' with 'vetoed-by'"),
  GENERATED_FEASIBLE_WITH_DEAL(Topic.EXPECTATIONS, "'generated-feasible' counts the whole generated space",
      "leave out 'deal'"),
  POSITION_REF_MALFORMED(Topic.EXPECTATIONS, "'{key}' must name positions as 'party/position', found {found}"),
  TEST_UNKNOWN_SCENARIO(Topic.EXPECTATIONS, "no scenario '{scenario}' in case '{id}'{suggestion}"),
  TEST_KNOT_UNKNOWN_MOVE(Topic.EXPECTATIONS, "'knot' names move '{move}', which case '{id}' does not have{suggestion}"),
  TEST_UNKNOWN_DEAL(Topic.EXPECTATIONS, "deal '{deal}' is neither a listed deal of {scenario} nor moves written as"
      + " 'move+move/move'{suggestion}"),
  MOVE_TWICE_NOTE(Topic.EXPECTATIONS, " (move '{move}' appears twice)"),
  NO_MOVE_NOTE(Topic.EXPECTATIONS, " ('{move}' is no move{suggestion})"),

  // Rule files
  RULE_CONFIDENCE_UNKNOWN(Topic.RULES, "rule '{name}' gives @confidence(\"{confidence}\"); expected stated,"
      + " inferred or hedged"),
  POSITION_WITHOUT_SOURCE(Topic.RULES, "position '{position}' names no source: give one of its rules"
      + " @source(\"...\") (with @confidence(\"stated\", \"inferred\" or \"hedged\")) so that reports can say"
      + " what its vetoes rest on"),
  CONTEXT_FACT_WITHOUT_SOURCE(Topic.RULES, "context fact '{id}' has no 'source'; reports cannot say where it comes"
      + " from"),
  RULE_WITHOUT_HOLDER(Topic.RULES, "rule '{name}' has no {missing}; no scenario can switch it off and reports cannot"
      + " say whose position it is"),
  MOVE_UNUSED(Topic.RULES, "no rule mentions move '{id}', its kind '{kind}'{tags}; no position reacts to it"),
  TABLE_CELL_TOO_FEW_VALUES(Topic.RULES, "cell {label}{value}: the column's code asks for {group} but the cell"
      + " gives fewer values",
      "separate the values with commas"),
  DSL_NO_ENTRY_MATCHES(Topic.RULES, "no [{section}] entry of the DSL matches '{sentence}'{nearest}{no-mapping}"),
  FACT_OUTSIDE_CONSEQUENCE(Topic.RULES, "a {what} was created outside a rule's consequence",
      "create it in a rule's 'then' part"),
  RULE_FOLDER_MISSING(Topic.RULES, "rule folder '{folder}' does not exist"),
  RULE_FOLDER_EMPTY(Topic.RULES, "rule folder '{folder}' holds no rule file ({extensions-text})"),
  CANNOT_LIST_RULE_FOLDER(Topic.RULES, "cannot list rule folder '{folder}': {reason}"),
  NOT_RULE_FILE_OR_FOLDER(Topic.RULES, "'{path}' is neither a folder nor a rule file ({extensions-text})"),
  RULE_NAME_TWICE(Topic.RULES, "rule '{name}' is also defined in {file}:{line}; rule names must be unique"),
  NO_PACKAGE_LINE(Topic.RULES, "no 'package' line; rules share the default package"),
  RULES_NOT_COMPILED(Topic.RULES, "the rules could not be compiled: {problem}"),
  RULE_RESULT_WITHOUT_HOLDER(Topic.RULES, "rule '{name}' creates a {kind} but has no {missing} metadata",
      "add e.g. @party(\"US\") @position(\"all-or-nothing\") after the rule name"),
  SENTENCE_PARTY_DIFFERS(Topic.RULES, "rule '{name}' has '{said}' give its result, but its @party is '{party}'; a"
      + " sentence names the party that holds the rule"),
  CANNOT_LIST_DSL_MAPPINGS(Topic.RULES, "cannot list the DSL mappings: {reason}"),
  UNKNOWN_NAME_ASKED(Topic.RULES, "rules ask about {what} '{name}', which the case does not define{suggestion};"
      + " every deal answers as if it held none of it (asking whether a deal holds it gives false, counts and"
      + " phases give 0), so a test of it never holds and its negation always does"),
  TABLE_UNREADABLE(Topic.RULES, "cannot read the workbook: {problem}"),
  TABLE_MAKES_NO_RULE(Topic.RULES, "the table makes no rule; expected a 'RuleTable' row, its column types"
      + " (CONDITION, ACTION, NAME, METADATA …), the code templates and one row of values per rule"),
  IMPORT_UNKNOWN_CLASS(Topic.RULES, "cannot import '{name}': no such class (is '{simple}' spelled right?)"),
  FIELD_TYPE_UNKNOWN(Topic.RULES, "field '{field}' of declared type '{declared}' has type '{type}', which cannot be"
      + " found"),
  UNKNOWN_FACT_TYPE(Topic.RULES, "unknown fact type '{name}'{suggestion} (known here: {list}; import other classes"
      + " by their full name)"),
  CONSEQUENCE_NOT_COMPILED(Topic.RULES, "cannot compile a consequence: {what}"),
  IN_CONSEQUENCE(Topic.RULES, "in the consequence of rule '{name}': {what}"),
  IN_TABLE_DRL(Topic.RULES, "in the DRL the table makes (line {line}): {message}"),
  IN_TABLE_CELL(Topic.RULES, "cell {label}{value}: {message}"),
  RULE_NAME_UNQUOTED(Topic.RULES, "a rule name with spaces must be in double quotes: rule \"{name}\""),
  RULE_END_MISSING_BEFORE(Topic.RULES, "rule '{rule}' has no 'end' before the next rule at line {line}"),
  RULE_THEN_WITHOUT_WHEN(Topic.RULES, "rule '{rule}' has 'then' but no 'when' before it"),
  RULE_WITHOUT_THEN(Topic.RULES, "rule '{rule}' ends without 'then': give its consequence after 'then'"),
  RULE_END_MISSING(Topic.RULES, "rule '{rule}' has no 'end'"),
  DSL_ENTRY_UNREADABLE(Topic.RULES, "cannot read the DSL entry{entry}{problem}; expected [when], [then], [keyword]"
      + " or [*], then a sentence, '=' and the DRL it stands for"),
  NO_SUCH_METHOD(Topic.RULES, "in '{expression}': {type} has no method '{name}'{suggestion}"),
  NO_SUCH_FIELD(Topic.RULES, "in '{expression}': {type} has no field '{name}'{suggestion}"),
  CACHE_FOLDER_UNSAFE(Topic.RULES, "not using the rule cache {folder}: {reason}; compiling the rules instead"),
  CACHE_ENTRY_UNSAFE(Topic.RULES, "not reading compiled rules {file}: {reason}; compiling the rules instead"),

  // Runs
  DIFF_MOVES_DIFFER(Topic.RUN, "the two sides have different moves; diff compares one case under two scenarios or"
      + " rule sets"),
  DEAL_TEXT_UNKNOWN_MOVE(Topic.RUN, "unknown move '{move}' in deal '{id}'{suggestion}",
      "write a deal as moves of {id} joined by '+' within a phase, phases joined by '/'"),
  DEAL_TEXT_MOVE_TWICE(Topic.RUN, "move '{move}' appears twice in deal '{id}'"),
  CANNOT_CREATE_CONTEXT_FACT(Topic.RUN, "cannot create context fact '{id}' of type {name}"),
  NO_RULE_HOLDS_POSITION(Topic.RUN, "no rule holds position '{position}'{suggestion}"),
  CONTEXT_FACT_TYPE_UNDECLARED(Topic.RUN, "context fact '{id}' has type '{type}', which no rule file"
      + " declares{suggestion}",
      "declare it in DRL: declare {type} ... end"),
  CONTEXT_FACT_FIELD_UNKNOWN(Topic.RUN, "type '{type}' has no field '{key}'{suggestion} (fields: {list})"),
  CONTEXT_FACT_FIELD_TYPE(Topic.RUN, "field '{key}' of '{type}' is {article}{type-name}; found {found}{quotes}"),
  RULE_CANNOT_EVALUATE(Topic.RUN, "{rule} cannot evaluate '{expr}' {where}: {cause}{number-vs-text}"),
  VERIFY_MISMATCH(Topic.RUN, "the memo or the rule groups gave deal '{deal}' the verdict {given}, but firing all"
      + " the rules without them gives {expected}",
      "turn the memo off for a correct report, and keep these rules to report the fault"),
  TIME_LIMIT_EXCEEDED(Topic.RUN, "the run took longer than its time limit of {seconds} s{detail}"),
  TOO_MANY_PHASES_TO_SAMPLE(Topic.RUN, "at most {max-phases} phases can be sampled; the bounds allow {phases}"),
  BUDGET_TOO_SMALL_FOR_BOUNDS(Topic.RUN, "the bounds alone need more states than the budget allows"),
  SPACE_OVER_LIMIT(Topic.RUN, "the bounds allow {deals} deals, more than the limit of {limit}",
      "raise the limit to {needed} ('limit' in 'bounds'), or narrow 'max-moves', 'phases' or 'moves'"),
  SPACE_TOO_LARGE_TO_COMPARE(Topic.RUN, "the bounds allow {deals} deals, more than a comparison between runs can"
      + " hold"),
  RULES_FAILED_ON_DEAL(Topic.RUN, "the rules failed on deal '{deal}': {error}"),
  RULE_FAILED_ON_DEAL(Topic.RUN, "rule '{rule}' failed on deal '{deal}': {error}"),
  FORGED_RESULT(Topic.RUN, "rule '{rule}' made a {kind} in the name of rule '{claimed}' ({position}); a rule's"
      + " results carry its own @party and @position",
      "create them with new {type}(…) in its consequence"),
  RUNAWAY(Topic.RUN, "rule '{rule}' fired {count} times {where} (limit {limit} firings); does its consequence"
      + " insert or modify what it matches? Raise the firing limit if the rules really need more"),
  RUNAWAY_ON_DEAL(Topic.RUN, "rule '{rule}' fired {count} times {where} (limit {limit} firings per deal); does its"
      + " consequence insert or modify what it matches? Raise the firing limit if the rules really need more"),
  RULE_CANNOT_EVALUATE_AT(Topic.RUN, "rule '{rule}' cannot evaluate '{expression}'{on-deal}: {cause}{same-type}"),
  BUSY_CONDITIONS(Topic.RUN, "the rules' conditions on deal '{deal}'"),
  BUSY_RULE(Topic.RUN, "rule '{rule}' ({place}) on deal '{deal}'"),

  // Options given through the Java API
  RUN_OPTIONS_COUNTS_NEGATIVE(Topic.OPTIONS, "counts must be at least 0, found {keep-feasible}, {keep-near-misses},"
      + " {max-relaxation}, {neighbourhood-budget}"),
  TIME_LIMIT_NEGATIVE(Topic.OPTIONS, "the time limit must be at least 0, found {time-limit-millis}"),
  UNCERTAINTY_OPTIONS_TOO_SMALL(Topic.OPTIONS, "the exact limit and the samples must be at least 1, found"
      + " {exact-limit} and {samples}"),
  ENGINE_OPTIONS_TOO_SMALL(Topic.OPTIONS, "firingLimit and memoNodes must be at least 1 and verifyEvery at least 0,"
      + " found {firing-limit}, {memo-nodes} and {verify-every}"),
  WALK_OPTIONS_TOO_SMALL(Topic.OPTIONS, "threads and chunk size must be at least 1, limit and bounds at least 0;"
      + " found {threads}, {chunk-size}, {limit}, {max-moves}, {phases}"),
  BUDGET_NOT_POSITIVE(Topic.OPTIONS, "a budget needs positive figures, found {max-states}, {max-engine-calls},"
      + " {max-rounds} and {best-deals}"),

  // Reports
  FORMAT_UNKNOWN(Topic.REPORTS, "a {result} is written as {list}, not {label}"),
  SENSITIVITY_FORMAT_UNKNOWN(Topic.REPORTS, "the sensitivity report is written as markdown, json or html, not"
      + " {label}"),

  // Pieces of other messages
  IN_RULE(Topic.COMMON, "in rule \"{rule}\": {message}"),
  NEAREST_SENTENCE(Topic.COMMON, "; the nearest sentence is '{sentence}'"),
  NO_DSL_MAPPING(Topic.COMMON, "; no .dsl mapping was found beside the file"),
  ON_DEAL(Topic.COMMON, " on deal '{deal}'"),
  SAME_TYPE(Topic.COMMON, "; do both sides of the comparison have the same type?"),
  NUMBER_VS_TEXT(Topic.COMMON, " (is a number compared with text?)"),
  OR_ITS_TAGS(Topic.COMMON, " or its tags {tags}"),
  AFTER_LINKS(Topic.COMMON, " (after following links)"),
  DID_YOU_MEAN(Topic.COMMON, "; did you mean '{candidate}'?"),
  IT_LOOKS_LIKE(Topic.COMMON, "; it {look-alike}"),
  LOOKS_LIKE(Topic.COMMON, "looks like '{word}' but contains {characters}"),
  OTHER_CHARACTERS(Topic.COMMON, "other characters"),
  WITHOUT_QUOTES(Topic.COMMON, " (write it without quotes)"),
  THE_BASELINE(Topic.COMMON, "the baseline"),
  SCENARIO(Topic.COMMON, "scenario '{scenario}'"),
  PERMISSION_DENIED(Topic.COMMON, "permission denied"),
  NO_SUCH_FILE_OR_FOLDER(Topic.COMMON, "no such file or folder"),
  NOT_A_FOLDER(Topic.COMMON, "not a folder"),
  FOLDER_NOT_EMPTY(Topic.COMMON, "the folder is not empty"),
  FILE_IN_THE_WAY(Topic.COMMON, "a file is in the way where a folder is needed"),
  ALREADY_EXISTS(Topic.COMMON, "already exists"),
  CACHE_UNEXAMINED(Topic.COMMON, "it cannot be examined: {reason}"),
  CACHE_NOT_OWN(Topic.COMMON, "it belongs to {owner}"),
  CACHE_WRITABLE_BY_OTHERS(Topic.COMMON, "others may write to it ({permissions})"),
  CACHE_NO_OWNERS(Topic.COMMON, "its file system has no owners and permissions to check"),
  CACHE_OWNER_UNREADABLE(Topic.COMMON, "its owner and permissions cannot be read: {reason}"),
  CACHE_LINK(Topic.COMMON, "it is a link"),
  CACHE_NOT_REGULAR(Topic.COMMON, "it is not a regular file"),
  FOUND_MAPPING(Topic.COMMON, "a mapping"),
  FOUND_LIST(Topic.COMMON, "a list"),
  FOUND_NOTHING(Topic.COMMON, "nothing"),
  FOUND_TEXT(Topic.COMMON, "the text \"{text}\""),
  FOUND_NUMBER(Topic.COMMON, "the number {number}"),

  // Batches
  MERGE_NOTHING(Topic.BATCH, "no shard index to merge"),
  SHARD_WITHOUT_BATCH_ID(Topic.BATCH, "shard {shard} does not say which batch it belongs to (an index from an older"
      + " Gordian)",
      "run that shard again"),
  SHARD_OTHER_BATCH(Topic.BATCH, "shard {shard} is from another batch than shard {first}: {difference}"),
  SHARD_OTHER_BATCH_SIZE(Topic.BATCH, "shard {shard} is from another batch than shard {first}: {runs} runs in"
      + " {shards} shards, and {its-runs} runs in {its-shards} shards"),
  SHARD_GIVEN_TWICE(Topic.BATCH, "shard {shard}/{count} is given twice"),
  SHARDS_MISSING(Topic.BATCH, "missing shard {list}"),
  SHARD_RUN_TWICE(Topic.BATCH, "run {run} appears twice or is out of range"),
  SHARDS_RUNS_MISSING(Topic.BATCH, "the shards hold {held} of {runs} runs"),
  SHARD_OUT_OF_RANGE(Topic.BATCH, "a shard is i/n with 1 <= i <= n, found {index}/{count}"),
  SHARD_NOT_WRITTEN_I_N(Topic.BATCH, "a shard is written i/n, such as 2/4; found '{text}'"),
  SLURM_COUNT_MISSING(Topic.BATCH, "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; the number of"
      + " tasks must be given"),
  SLURM_TASK_NOT_IN_ARRAY(Topic.BATCH, "SLURM_ARRAY_TASK_ID {id} is not one of the array's tasks {min}, {next}, …"
      + " (SLURM_ARRAY_TASK_MIN {min}, SLURM_ARRAY_TASK_STEP {step})"),
  SLURM_ARRAY_WITH_GAPS(Topic.BATCH, "SLURM_ARRAY_TASK_ID {id} is task {index} of an array of {count}"
      + " (SLURM_ARRAY_TASK_COUNT); an array whose ids have gaps (such as 1,5,9) cannot be sharded from them",
      "give the array as a range, A-B or A-B:STEP"),
  JOB_INDEX_WITHOUT_COUNT(Topic.BATCH, "JOB_COMPLETION_INDEX is set but not the number of shards",
      "give it, or set the variable {count-variable} to the Job's completions"),
  JOB_INDEX_BEYOND_COUNT(Topic.BATCH, "JOB_COMPLETION_INDEX {index} is not below the shard count {count}; the Job's"
      + " completions and the shard count must be the same"),
  NO_JOB_ARRAY(Topic.BATCH, "no job array found in the environment: a shard is read from Slurm's"
      + " SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, or from a Kubernetes Indexed Job's JOB_COMPLETION_INDEX"
      + " with the number of shards given or in {count-variable}"),
  VARIABLE_NOT_A_COUNT(Topic.BATCH, "{name} must be a whole number of at least {least}, found '{found}'"),
  SHARD_COUNT_DISAGREES(Topic.BATCH, "the shard count given, {given}, disagrees with {variable} {count}"),
  REPORT_PATH_NOT_LINKABLE(Topic.BATCH, "report path '{path}' cannot be linked: {reason}"),

  // Results as tables
  RESULTS_NOTHING_TO_WRITE(Topic.RESULTS, "neither a database file nor a Parquet folder to write"),
  RESULTS_RUN_TWICE(Topic.RESULTS, "two runs of case '{case}' under '{scenario}': a case id and scenario name one"
      + " run in the tables"),
  RESULTS_LIMITS(Topic.RESULTS, "the memory limit must be at least 16 MB and threads at least 1, found {memory} MB"
      + " and {threads}"),
  PARQUET_NOT_A_FOLDER(Topic.RESULTS, "is not a folder of Parquet results"),
  PARQUET_MISPLACED(Topic.RESULTS, "is not where a results table keeps its files"
      + " (TABLE/case_id=…/scenario=…/FILE.parquet)"),
  PARQUET_NO_SUCH_TABLE(Topic.RESULTS, "belongs to no table of the results schema {version} (its tables: {list})"),
  PARQUET_UNREADABLE(Topic.RESULTS, "is not a Parquet file that can be read: {reason}"),
  PARQUET_COLUMNS(Topic.RESULTS, "does not have the columns of table '{table}' (schema {version}):{missing}{extra}"),
  PARQUET_RUN_AGAIN(Topic.RESULTS, "holds run {case} {scenario} again (also in {file})"),
  PARQUET_SCHEMA_VERSION(Topic.RESULTS, "is of results schema {found}, not {version}"),
  PARQUET_OTHER_OPTIONS(Topic.RESULTS, "was written with other options than {file}: {options} against {first}"),
  PARQUET_OTHER_INPUTS(Topic.RESULTS, "read other case or rule files than another run of case {case} ({digest}"
      + " against {first})"),
  PARQUET_CANNOT_READ(Topic.RESULTS, "cannot be read: {reason}"),
  PARQUET_RUNS_MISSING(Topic.RESULTS, "no Parquet results of run(s) {list}",
      "check that every shard wrote its Parquet results to the folders given"),
  PARQUET_RUN_NOT_OF_BATCH(Topic.RESULTS, "holds run {case} {scenario}, which is not a run of this batch");

  /** What a message is about, the sections of {@code docs/messages.md}. */
  public enum Topic {
    /** Reading a case file and checking it against its rules. */
    CASE("Case files"),
    /** Reading an expectations file and testing it. */
    EXPECTATIONS("Expectations and tests"),
    /** Reading and checking rule files. */
    RULES("Rule files"),
    /** Evaluating deals. */
    RUN("Runs"),
    /** Options a Java caller gives. */
    OPTIONS("Options given through the Java API"),
    /** Writing reports. */
    REPORTS("Reports"),
    /** Batches and their shards. */
    BATCH("Batches"),
    /** Writing and checking results as tables. */
    RESULTS("Results as tables"),
    /** Pieces that other messages are made with: endings, names, reasons a file cannot be used. */
    COMMON("Pieces of other messages");

    private final String title;

    Topic(String title) {
      this.title = title;
    }

    /** The heading of this topic's section. */
    public String title() {
      return title;
    }
  }

  /** A placeholder: a lower-case name in braces. Braces around anything else are text. */
  private static final class Placeholder {
    static final Pattern PATTERN = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");
  }

  private final Topic topic;
  private final String text;
  private final String advice;
  private final List<String> placeholders;

  Message(Topic topic, String text) {
    this(topic, text, "");
  }

  Message(Topic topic, String text, String advice) {
    this.topic = topic;
    this.text = text;
    this.advice = advice;
    List<String> names = new ArrayList<>();
    Matcher m = Placeholder.PATTERN.matcher(template());
    while (m.find()) {
      names.add(m.group(1));
    }
    this.placeholders = List.copyOf(names);
  }

  /** The stable name of this message, such as {@code unknown-move}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What this message is about. */
  public Topic topic() {
    return topic;
  }

  /** What is wrong, with placeholders. */
  public String text() {
    return text;
  }

  /** What to do about it, with placeholders; empty when the text says it all. */
  public String advice() {
    return advice;
  }

  /** The whole message with placeholders: the text, then the advice after a semicolon. */
  public String template() {
    return advice.isEmpty() ? text : text + "; " + advice;
  }

  /** The names of the placeholders, in the order {@link #say(Object...)} fills them. */
  public List<String> placeholders() {
    return placeholders;
  }

  /**
   * The message with its placeholders filled, in order, by the given values.
   *
   * @throws IllegalArgumentException when the number of values is not the number of placeholders
   */
  public String say(Object... values) {
    if (values.length != placeholders.size()) {
      throw new IllegalArgumentException(name() + " has " + placeholders.size() + " placeholders, given " // internal
          + values.length);
    }
    StringBuilder out = new StringBuilder();
    Matcher m = Placeholder.PATTERN.matcher(template());
    int i = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values[i++])));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A count written with thousands separators, as messages write large numbers: {@code 1,048,576}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
