# A mapping whose second entry has no '=' between the sentence and its DRL.
[when]the deal gives relief=$d : Deal( hasKind("sanctions-relief") )
[when]the deal gives aid $d : Deal( has("humanitarian-aid") )
