import Foundation
import TestSupport
import Testing

/// Runs `scripts/browser-test.sh` (headless Chromium) on a report, as the end-to-end tests do.
enum BrowserCheck {
    /// The script's exit status and everything it wrote. When Chromium could not be installed
    /// or started (exit status 77) the test is cancelled as skipped, with the script's reason,
    /// except in CI, where this throws: there it is a broken set-up, and the test fails.
    ///
    /// - Parameters:
    ///   - report: The HTML report to load.
    ///   - screenshot: Where the script saves a screenshot, if anywhere.
    ///   - scratch: A directory for the script's log.
    ///
    /// - Throws: ``Unavailable`` in CI when Chromium is missing; what launching the script throws.
    static func run(_ report: URL, screenshot: URL? = nil, in scratch: TemporaryDirectory) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", Diplograph.packageRoot.appendingPathComponent("scripts/browser-test.sh").path,
                             report.path] + (screenshot.map { [$0.path] } ?? [])
        let log = scratch.file("browser.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        if process.terminationStatus == 77 {
            let reason = output.split(separator: "\n").last.map(String.init) ?? "no reason given"
            if Prerequisite.isCI { throw Unavailable(description: "CI: the browser test could not run: \(reason)") }
            try Test.cancel("skipped: headless Chromium is not available here (\(reason))")
        }
        return (process.terminationStatus, output)
    }

    /// Headless Chromium could not run where it must (in CI).
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }
}
