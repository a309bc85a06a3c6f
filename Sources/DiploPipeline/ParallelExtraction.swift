import DiploExtraction
import DiploGraph
import Dispatch
import Foundation
import Synchronization

/// Extracts many documents on every core and merges their graphs into one.
///
/// Each worker takes the next document, reads it, extracts its graph and adds it to a graph
/// of its own; the workers' graphs are merged at the end. Memory holds one document per worker
/// and the graphs, never the corpus. The result does not depend on which worker took which
/// document: merging is order-independent. A document that cannot be read stops the run with
/// its error; when several cannot, the error is the first one's in the given order.
///
/// Documents the policy skips (not English) get one warning each, in the given order, once
/// all are read; documents dated outside `--since`/`--until` get one note for them all; when
/// every document is skipped or left out the run fails.
///
/// Wire copies — a document that tells the same story as an earlier one in the given order
/// (`WireCopyIndex`: estimated similarity of their word triples of 0.8 or more) — are not extracted, so
/// that one story is counted once; each gets a note naming the document it copies, in the
/// given order. Which documents are copies is decided in input order whatever the workers do
/// (`WireCopyGate`), so the graph stays the same on any number of cores.
public enum ParallelExtraction {
    /// The merged graph of `files` (paths, or `-` for standard input).
    ///
    /// - Parameters:
    ///   - files: Document paths, in order.
    ///   - extractor: The extractor; its evidence limit applies to the merged graph as well.
    ///   - policy: How documents are taken: their date, and whether those not in English are
    ///     skipped.
    ///   - workers: How many threads extract; defaults to the number of cores.
    /// - Throws: The error of the first document (in `files` order) that could not be read;
    ///   ``PipelineError`` when every document was skipped or left out.
    public static func graph(
        of files: [String], extractor: Extractor, policy: DocumentPolicy,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> Graph {
        try accumulator(of: files, extractor: extractor, policy: policy, workers: workers).graph()
    }

    /// Like ``graph(of:extractor:policy:workers:)``, the graph not yet built: for a caller that
    /// adds more to it.
    public static func accumulator(
        of files: [String], extractor: Extractor, policy: DocumentPolicy,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> GraphAccumulator {
        let progress = ProgressLine(total: files.count, noun: "documents")
        let next = Mutex(0)
        // The index and error of the first document that failed.
        let failure = Mutex<(index: Int, error: any Error)?>(nil)
        let graphs = Mutex<[GraphAccumulator]>([])
        // The documents skipped, by index, with their warnings.
        let skipped = Mutex<[(index: Int, warning: String)]>([])
        // The documents --since/--until left out: dated outside the window, and undated.
        let leftOut = Mutex(LeftOutDocuments())
        // The wire copies, by index, with their notes.
        let copies = Mutex<[(index: Int, note: String)]>([])
        let gate = WireCopyGate()
        let threads = max(1, min(workers, files.count))
        // The workers read standard input (`-`) and write warnings: they use the caller's streams.
        let streams = StandardStreams.current
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            StandardStreams.$current.withValue(streams) {
                var accumulator = GraphAccumulator(evidenceLimit: extractor.evidenceLimit)
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < files.count else { break }
                    // After a failure only the documents before it still matter (for the message).
                    if let failed = failure.withLock({ $0?.index }), failed < index {
                        gate.pass(index)
                        break
                    }
                    do {
                        let read = try DocumentSource.read(files[index])
                        switch policy.admit(read) {
                        case .taken(let document):
                            if let original = gate.decide(index, fingerprint: StoryFingerprint(text: document.text)) {
                                let note = "skipped \(document.name): the same story as \(files[original])"
                                copies.withLock { $0.append((index, note)) }
                            } else {
                                extractor.extract(document, into: &accumulator)
                            }
                        case .skipped(let warning):
                            gate.pass(index)
                            skipped.withLock { $0.append((index, warning)) }
                        case .outsideWindow(let undated):
                            gate.pass(index)
                            leftOut.withLock { $0.add(undated: undated) }
                        }
                        progress.advance(bytes: read.original.utf8.count)
                    } catch {
                        gate.pass(index)
                        failure.withLock { first in
                            if first == nil || index < first!.index { first = (index, error) }
                        }
                    }
                }
                let done = accumulator
                graphs.withLock { $0.append(done) }
            }
        }
        progress.finish()
        if let failed = failure.withLock({ $0 }) { throw failed.error }
        let left = skipped.withLock { $0 }.sorted { $0.index < $1.index }
        for item in left { Warning.report(item.warning) }
        for item in copies.withLock({ $0 }).sorted(by: { $0.index < $1.index }) { Note.report(item.note) }
        try leftOut.withLock { $0 }.finish(window: policy.window, total: files.count, notEnglish: left.count)
        // One worker's graph is the start: adding it to an empty one would only copy it.
        var parts = graphs.withLock { $0 }
        guard var merged = parts.popLast() else { return GraphAccumulator(evidenceLimit: extractor.evidenceLimit) }
        for part in parts { merged.add(part) }
        return merged
    }
}
