@testable import DiploExtraction

/// One sentence read as far as a stage needs it: tokens, then the states and organisations the
/// recognisers before the stage under test would find. The stage suites call each stage
/// directly with it, not through `Extractor`.
struct StageInput {
    let tokens: [Token]
    let states: [StateMention]
    let organizations: [OrganizationMention]

    /// Tokenises `text` and recognises its states (with `confirmedStates`) and organisations.
    init(_ text: String, confirmedStates: Set<String> = []) {
        tokens = Segmenter.tokenize(text)
        states = StateRecognizer(gazetteer: .shared, confirmedStates: confirmedStates).mentions(in: tokens)
        organizations = OrganizationRecognizer().mentions(in: tokens)
    }

    /// The text of tokens `range`, as written.
    func surface(_ range: Range<Int>) -> String { tokens.surface(range) }
}
