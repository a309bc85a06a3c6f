import DiploExtraction
import Foundation

/// Decides, for documents read by several workers at once, which are wire copies of an
/// earlier one (see `WireCopyIndex`), exactly as if they were decided one by one in input
/// order: the result does not depend on which worker read which document, or when.
///
/// Each worker offers every document number it takes, once: with the document's fingerprint
/// (``decide(_:fingerprint:)``, which waits until every earlier number is decided), or without
/// one for a document that is not compared (not English, unreadable, left unread;
/// ``pass(_:)``, which does not wait). Workers take numbers in ascending order and offer each
/// before waiting, so every number before a waiting one is offered: nobody waits for ever.
/// The wait is for earlier documents to be read and cleaned, not extracted.
final class WireCopyGate: @unchecked Sendable {
    /// Guards everything below; waited on for the frontier to move.
    private let condition = NSCondition()
    /// Offered numbers not yet decided, with their fingerprints (nil: not compared).
    private var offered: [Int: StoryFingerprint?] = [:]
    /// Every number below this one is decided.
    private var frontier = 0
    /// Decisions of compared documents not yet collected: the number of the document each
    /// copies, or nil.
    private var decisions: [Int: Int?] = [:]
    private var index = WireCopyIndex()

    /// Offers document `number`, and waits for its verdict: the number of the earlier document
    /// it is a copy of, or nil when it is a story of its own.
    func decide(_ number: Int, fingerprint: StoryFingerprint?) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        offer(number, fingerprint)
        while frontier <= number { condition.wait() }
        return decisions.removeValue(forKey: number) ?? nil
    }

    /// Offers document `number` as one that is not compared, without waiting.
    func pass(_ number: Int) {
        condition.lock()
        defer { condition.unlock() }
        offer(number, nil)
    }

    /// Records the offer and decides every number the frontier can now pass, in order.
    private func offer(_ number: Int, _ fingerprint: StoryFingerprint?) {
        offered[number] = .some(fingerprint)
        var moved = false
        while let next = offered.removeValue(forKey: frontier) {
            if let fingerprint = next { decisions[frontier] = .some(index.admit(fingerprint, as: frontier)) }
            frontier += 1
            moved = true
        }
        if moved { condition.broadcast() }
    }
}
