import Foundation
import Testing

/// The extraction bar on the development set (../shared/eval/dev), measured by the project's
/// scorer against the built binary. Skipped, with a message, where ../shared/eval is absent.
@Suite("Dev-set score")
struct DevSetScoreTests {
    static let evalDirectory = Diplograph.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: evalDirectory.appendingPathComponent("score.py").path)
            && FileManager.default.fileExists(atPath: "/usr/bin/python3")
    }

    @Test("graph F1 ≥ 0.85, every part ≥ 0.75, leader→state ≥ 0.95",
          .enabled(if: isAvailable, "../shared/eval is not here: the dev-set score is not measured"))
    func bar() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            evalPath("score.py"), "--gold", evalPath("dev"), "--json",
            "--cmd", "\(Diplograph.binary.path) extract {input} --format json",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        struct Summary: Decodable {
            struct Score: Decodable { let precision: Double; let f1: Double }
            let failed: Int
            let graph_f1: Double
            let scores: [String: Score]
        }
        let summary = try JSONDecoder().decode(Summary.self, from: data)
        #expect(summary.failed == 0)
        #expect(summary.graph_f1 >= 0.85, "graph F1 \(summary.graph_f1)")
        for part in ["states", "leaders", "agreements", "interactions"] {
            #expect((summary.scores[part]?.f1 ?? 0) >= 0.75, "\(part) F1 \(summary.scores[part]?.f1 ?? 0)")
        }
        // The scorer counts a leader's state right (tp) or wrong (fp): precision is the share right.
        #expect((summary.scores["leader_state"]?.precision ?? 0) >= 0.95, "leader→state \(summary.scores["leader_state"]?.precision ?? 0)")
    }

    private func evalPath(_ name: String) -> String { Self.evalDirectory.appendingPathComponent(name).path }
}
