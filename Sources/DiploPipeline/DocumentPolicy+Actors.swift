import DiploExtraction

extension DocumentPolicy {
    /// The largest actors file read (the built-in knowledge base is 2 MB).
    public static let actorsFileLimit = 64 << 20

    /// Adds the people of the tab-separated actors file at `path` (`--actors`) to ``actors``:
    /// one person a line, `NAME<TAB>ALIAS|ALIAS<TAB>STATE:ROLE:FROM:UNTIL;…`.
    ///
    /// - Throws: ``PipelineError`` naming the file when it cannot be read or is not UTF-8, and
    ///   the file and line of a malformed line.
    public mutating func addActors(fromFile path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = try System.readFile(path, limit: Self.actorsFileLimit)
        } catch {
            throw PipelineError.badActors(path, System.readProblem(error, limit: Self.actorsFileLimit))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PipelineError.badActors(path, "not UTF-8 text")
        }
        do {
            actors = try ActorKnowledgeBase(overlay: text, source: path)
        } catch let error as ActorOverlayError {
            throw PipelineError("\(error.source):\(error.line): not a usable actors line (\(error.reason))")
        }
    }
}
