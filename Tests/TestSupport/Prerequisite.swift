import Foundation

/// Tests that need something from outside the package (Chromium, Python's networkx).
///
/// Where a prerequisite is missing on a developer's machine, such a test is reported as
/// skipped with its reason (`.enabled(if: Prerequisite.shouldRun(…), "…")`), never as a
/// silent pass. In CI (`CI=true`) it always runs: the project's own scripts install what the
/// tests need, so a prerequisite that is missing there is a broken set-up, and the test fails
/// saying which.
public enum Prerequisite {
    /// Whether this run is CI's: the environment variable `CI` is `true` (or `1`).
    public static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }

    /// Whether a test whose prerequisite is `available` should run: when it is there, and
    /// always in CI, where the test then fails with the reason instead of being skipped.
    public static func shouldRun(_ available: Bool) -> Bool {
        available || isCI
    }

    /// Whether an executable called `name` is on `PATH`.
    public static func hasExecutable(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)")
        }
    }
}
