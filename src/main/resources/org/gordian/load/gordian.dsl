# Gordian's own DSL: sentences for the questions rules ask of a deal and for the three results.
# A .dslr file in a rule folder is expanded with the .dsl files beside it first, then with these
# entries. docs/dsl.md lists every sentence with an example. Entries are tried in the order written:
# a longer sentence comes before a shorter one it begins with.

# --- Conditions: each sentence starts a pattern on the deal under evaluation, bound to $d. ---
[when]there is a deal=$d : Deal( )
[when]the deal offers {kind} before {party} completes {kind2}=$d : Deal( hasKind("{kind}"), lastPhaseOfKindBy("{kind2}", "{party}") == 0 || firstPhaseOfKind("{kind}") <= lastPhaseOfKindBy("{kind2}", "{party}") )
[when]the deal offers a move of kind {kind} by {party}=$d : Deal( hasKindBy("{kind}", "{party}") )
[when]the deal offers a move of kind {kind}=$d : Deal( hasKind("{kind}") )
[when]the deal offers a move tagged {tag}=$d : Deal( hasTag("{tag}") )
[when]the deal offers {a} or {b} or {c}=$d : Deal( has("{a}") || has("{b}") || has("{c}") )
[when]the deal offers {a} or {b}=$d : Deal( has("{a}") || has("{b}") )
[when]the deal offers {move}=$d : Deal( has("{move}") )
[when]{party} gives something in the deal=$d : Deal( countBy("{party}") > 0 )

# --- Further conditions on the same deal: a line starting with '-' adds to the pattern above it. ---
[when]- and offers a move of kind {kind} by {party}=hasKindBy("{kind}", "{party}")
[when]- and offers a move of kind {kind}=hasKind("{kind}")
[when]- and offers a move tagged {tag}=hasTag("{tag}")
[when]- and offers {move}=has("{move}")
[when]- but holds no move of kind {kind} by {party}=!hasKindBy("{kind}", "{party}")
[when]- but holds no move of kind {kind}=!hasKind("{kind}")
[when]- but holds no move tagged {tag}=!hasTag("{tag}")
[when]- but lacks {move}=!has("{move}")
[when]- with {party} giving at least {n} moves=countBy("{party}") >= {n}
[when]- with {first} in an earlier phase than {second}=before("{first}", "{second}")
[when]- with {first} and {second} in the same phase=samePhase("{first}", "{second}")
[when]- with {move} in phase {n}=phaseOf("{move}") == {n}
[when]- with its first {kind} in an earlier phase than the last {kind2} of {party}=firstPhaseOfKind("{kind}") > 0, firstPhaseOfKind("{kind}") < lastPhaseOfKindBy("{kind2}", "{party}")
[when]- with at least {n} moves=size() >= {n}
[when]- with more than {n} phases=phaseCount() > {n}

# --- Consequences other rules derived (facts about the world, not about one position). ---
[when]the consequence {id} does not follow=not Consequence( id == "{id}" )
[when]the consequence {id} follows=Consequence( id == "{id}" )

# --- Results. The party named must be the rule's @party; Gordian checks that it is. ---
[then]{party} vetoes: {reason}=insertLogical(new Veto("{reason}")); // said by {party}
[then]{party} counts {n} for each of {a} and {b} and {c} the deal offers: {reason}=insertLogical(new Concern(($d.has("{a}") ? {n} : 0) + ($d.has("{b}") ? {n} : 0) + ($d.has("{c}") ? {n} : 0), "{reason}")); // said by {party}
[then]{party} counts {n} for each of {a} and {b} the deal offers: {reason}=insertLogical(new Concern(($d.has("{a}") ? {n} : 0) + ($d.has("{b}") ? {n} : 0), "{reason}")); // said by {party}
[then]{party} weighs the deal {n}: {reason}=insertLogical(new Concern({n}, "{reason}")); // said by {party}
[then]it follows that {id}: {description}=insertLogical(new Consequence("{id}", "{description}"));
