import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// PDF output is reproducible: cairo 1.16 writes the time of rendering as `/CreationDate` (and
/// ignores `SOURCE_DATE_EPOCH`), so the renderer blanks the date, keeping every byte offset.
@Suite("PDF dates")
struct PDFDatesTests {
    static func render() throws -> [UInt8] {
        try GraphWriter().write(Fixtures.graph, as: .pdf).bytes
    }

    @Test("two renderings a clock second apart are byte for byte the same")
    func reproducible() throws {
        let first = try Self.render()
        // Wait for the next second of the clock, which cairo's date would show.
        let start = time(nil)
        while time(nil) == start { usleep(10_000) }
        let second = try Self.render()
        expectIdentical(first, second)
    }

    @Test("the PDF has no creation or modification date, and its cross-reference table still points at every object")
    func noDateValidTable() throws {
        let pdf = try Self.render()
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(!text.contains("/CreationDate") && !text.contains("/ModDate"))
        #expect(text.contains("/Producer (cairo"), "the information dictionary is still there")
        let offsets = try Self.objectOffsets(pdf)
        #expect(offsets.count > 3)
        for (object, offset) in offsets {
            let at = String(decoding: pdf[offset..<min(pdf.count, offset + 20)], as: UTF8.self)
            #expect(at.hasPrefix("\(object) 0 obj"), "object \(object) at \(offset): \(at)")
        }
    }

    @Test("bytes that are not such a PDF are returned as they are")
    func otherBytes() {
        let bytes = Array("%PDF-1.5\n/CreationDate (D:20250101000000Z)\nno trailer".utf8)
        #expect(PDFDates.removed(from: bytes) == bytes)
        #expect(PDFDates.removed(from: []) == [])
    }

    /// The objects in use and their offsets, read from the cross-reference table that
    /// `startxref` points at.
    static func objectOffsets(_ pdf: [UInt8]) throws -> [(Int, Int)] {
        let text = String(decoding: pdf, as: UTF8.self)
        let startxref = try #require(text.range(of: "startxref", options: .backwards))
        let tail = text[startxref.upperBound...].split(whereSeparator: \.isWhitespace)
        let tableOffset = try #require(tail.first.flatMap { Int($0) })
        let table = String(decoding: pdf[tableOffset...], as: UTF8.self)
        var lines = table.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }[...]
        #expect(lines.popFirst() == "xref")
        var offsets: [(Int, Int)] = []
        while let header = lines.first, header != "trailer" {
            lines.removeFirst()
            let parts = header.split(separator: " ").compactMap { Int($0) }
            try #require(parts.count == 2, "subsection header \(header)")
            for object in parts[0] ..< parts[0] + parts[1] {
                guard let line = lines.popFirst() else { break }
                let entry = line.split(separator: " ")
                if entry.count == 3, entry[2] == "n", let offset = Int(entry[0]) { offsets.append((object, offset)) }
            }
        }
        return offsets
    }
}
