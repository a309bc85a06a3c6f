import DiploGraph

/// Words that judge what another actor did, for sentences that judge without a verb of
/// criticism or praise: "Peru called Chile's claim unjustified", "Ghana described the Togolese
/// plan as constructive".
enum EvaluationLexicon {
    /// Verbs that put a judgement on their object: "called X unjustified", "described X as".
    static let verbs: WordSet = [
        "called", "calls", "described", "describes", "branded", "brands", "labelled", "labeled", "labels",
        "termed", "terms", "deemed", "deems",
    ]
    /// Judgements that make the verb a criticism.
    static let negative: WordSet = [
        "unjustified", "unjustifiable", "unacceptable", "illegal", "illegitimate", "irresponsible", "provocative",
        "dangerous", "reckless", "wrong", "absurd", "outrageous", "shameful", "hypocritical", "destabilising",
        "destabilizing", "counterproductive", "unfair", "aggressive", "hostile", "mistake", "insult", "provocation",
        "violation", "threat", "disgrace", "farce", "unwarranted", "unhelpful", "regrettable", "deplorable",
    ]
    /// Judgements that make the verb praise.
    static let positive: WordSet = [
        "constructive", "positive", "historic", "productive", "fruitful", "successful", "helpful", "welcome",
        "success", "breakthrough", "milestone", "encouraging", "courageous", "responsible",
    ]
    /// Verbs that, with an actor and "to" after them, ask that actor to act: "expects China to
    /// drop", "wants Iran to stop".
    static let expectations: WordSet = ["expect", "expects", "expecting", "want", "wants", "wanted", "wanting"]

    /// The relation a judgement word gives, if it is one.
    static func relation(judging word: String) -> Relation? {
        if negative.contains(word) { return .criticized }
        if positive.contains(word) { return .praised }
        return nil
    }
}
