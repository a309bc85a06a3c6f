import Foundation
import Testing

/// The binary renders in-process with Graphviz's C library, so it must link libgvc.
@Suite("Linkage")
struct LinkageTests {
    #if os(Linux)
    @Test("The binary links libgvc (ldd)")
    func linksLibgvc() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [Diplograph.binary.path]
        let scratch = try TemporaryDirectory()
        let out = scratch.file("ldd.txt")
        try Data().write(to: out)
        let handle = try FileHandle(forWritingTo: out)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        let listing = try String(contentsOf: out, encoding: .utf8)
        #expect(process.terminationStatus == 0, "ldd failed: \(listing)")
        #expect(listing.contains("libgvc"), "diplograph does not link libgvc:\n\(listing)")
        #expect(!listing.contains("not found"), "a library is missing:\n\(listing)")
    }
    #endif

    @Test("The binary under test exists")
    func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Diplograph.binary.path),
                "no diplograph at \(Diplograph.binary.path); build it or set DIPLOGRAPH_BINARY")
    }
}
