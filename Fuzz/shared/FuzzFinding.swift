// What the libFuzzer entry points of dot-graphviz and render-graph share: run a target's checks
// on one input, and stop with the problems and the input as base64 (ready for a regression test)
// when there are any. Compiled into those targets by scripts/fuzz.sh.
import Foundation

/// Runs `checks` on the `size` bytes at `data`; a problem stops the fuzzer with a report.
func runFuzzChecks(_ data: UnsafePointer<UInt8>, _ size: Int, _ checks: ([UInt8]) -> [String]) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let problems = checks(input)
    if !problems.isEmpty {
        fatalError("\(problems.joined(separator: "\n"))\n--- input (base64) ---\n\(Data(input).base64EncodedString())")
    }
    return 0
}
