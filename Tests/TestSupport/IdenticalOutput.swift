import Foundation
import Testing

/// Compares whole outputs (goldens, byte-identical runs, determinism checks) without Swift
/// Testing's diff.
///
/// When `#expect(a == b)` fails on a large `Data`, `[UInt8]` or `String`, Swift Testing
/// computes a Myers diff of the two values to show what changed: on outputs of megabytes that
/// takes longer than the suite (one failing test spun for 40 minutes). These helpers compare
/// the lengths and a hash first, and on a difference report the first differing byte offset
/// with a short context from each side: enough to find the change, at linear cost.
public enum IdenticalOutput {
    /// Where two outputs first differ, and what they hold there.
    public struct Difference: CustomStringConvertible, Sendable {
        /// The byte counts of the actual and the expected output.
        public var lengths: (actual: Int, expected: Int)
        /// The 64-bit FNV-1a hashes of the actual and the expected output.
        public var hashes: (actual: UInt64, expected: UInt64)
        /// The offset of the first byte that differs (the shorter length when one output is a
        /// prefix of the other).
        public var offset: Int
        /// A few bytes of the actual output around `offset`, escaped.
        public var actualContext: String
        /// A few bytes of the expected output around `offset`, escaped.
        public var expectedContext: String

        public var description: String {
            """
            outputs differ at byte \(offset) \
            (actual: \(lengths.actual) bytes, FNV-1a \(Self.hex(hashes.actual)); \
            expected: \(lengths.expected) bytes, FNV-1a \(Self.hex(hashes.expected)))
              actual:   …\(actualContext)…
              expected: …\(expectedContext)…
            """
        }

        private static func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }

    /// How many bytes of context each side of the first difference shows.
    public static let contextBytes = 40

    /// Where `actual` and `expected` first differ, or `nil` when they are the same bytes.
    public static func difference(_ actual: some Collection<UInt8>, _ expected: some Collection<UInt8>) -> Difference? {
        let a = Array(actual), b = Array(expected)
        let hashes = (fnv1a(a), fnv1a(b))
        if a.count == b.count && hashes.0 == hashes.1 && a == b { return nil }
        var offset = 0
        let shorter = min(a.count, b.count)
        while offset < shorter && a[offset] == b[offset] { offset += 1 }
        return Difference(
            lengths: (a.count, b.count), hashes: hashes, offset: offset,
            actualContext: context(a, around: offset), expectedContext: context(b, around: offset))
    }

    /// Where `actual` and `expected` first differ, as UTF-8, or `nil` when they are the same.
    public static func difference(_ actual: String, _ expected: String) -> Difference? {
        difference(Array(actual.utf8), Array(expected.utf8))
    }

    /// The bytes of `bytes` around `offset`, printable ASCII as is and the rest escaped.
    static func context(_ bytes: [UInt8], around offset: Int) -> String {
        let start = max(0, offset - contextBytes), end = min(bytes.count, offset + contextBytes)
        guard start < end else { return "" }
        var out = ""
        for (index, byte) in bytes[start..<end].enumerated() {
            if start + index == offset { out += "⟨HERE⟩" }
            switch byte {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out.append(Character(UnicodeScalar(byte)))
            default: out += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return out
    }

    /// The 64-bit FNV-1a hash of `bytes`: the same on every machine, to quote in a report.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Expects `actual` to be the same bytes as `expected`, and records an issue naming the first
/// differing offset when it is not (never a diff of the whole outputs; see ``IdenticalOutput``).
///
/// - Parameters:
///   - actual: The output under test.
///   - expected: The output it must equal.
///   - comment: What the outputs are, for the failure message.
/// - Returns: Whether they are identical.
@discardableResult
public func expectIdentical(
    _ actual: some Collection<UInt8>, _ expected: some Collection<UInt8>, _ comment: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    guard let difference = IdenticalOutput.difference(actual, expected) else { return true }
    let what = comment()
    Issue.record(Comment(rawValue: what.isEmpty ? "\(difference)" : "\(what): \(difference)"), sourceLocation: sourceLocation)
    return false
}

/// Expects `actual` to be the same text as `expected` (compared as UTF-8, as
/// the other overload compares bytes).
@discardableResult
public func expectIdentical(
    _ actual: String, _ expected: String, _ comment: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    expectIdentical(Array(actual.utf8), Array(expected.utf8), comment(), sourceLocation: sourceLocation)
}
