import DiploGraph
import Testing
import TestSupport
@testable import DiploRendering

/// ``Graphviz`` handles own their context: one can be made, used and dropped beside the shared
/// one, and every handle draws the same bytes for the same DOT.
@Suite("Graphviz handle")
struct GraphvizHandleTests {
    static let dot = DOTWriter().write(Fixtures.graph)

    @Test("a handle of its own draws what the shared handle draws, in every format", arguments: [OutputFormat.svg, .png, .pdf])
    func ownHandle(_ format: OutputFormat) throws {
        let own = Graphviz()
        let mine = try own.render(dot: Self.dot, format: format)
        let shared = try Graphviz.shared.render(dot: Self.dot, format: format)
        #expect(mine == shared)
        #expect(mine.bytes.count > 100)
        #expect(own.version == Graphviz.shared.version)
    }

    @Test("dropping a handle frees its context, and Graphviz draws on afterwards")
    func droppedHandle() throws {
        let before = try Graphviz.shared.render(dot: Self.dot, format: .svg)
        for _ in 0..<3 {
            let handle = Graphviz()
            #expect(try handle.render(dot: Self.dot, format: .svg) == before)
        }
        #expect(try Graphviz().check(dot: "digraph { a -> b }").isEmpty)  // never renders: a context freed unused
        #expect(try Graphviz.shared.render(dot: Self.dot, format: .svg) == before)
        #expect(try Graphviz().render(dot: Self.dot, format: .png) == Graphviz.shared.render(dot: Self.dot, format: .png))
    }

    @Test("two handles drawing at once are serialised and draw what each draws alone")
    func twoHandlesAtOnce() async throws {
        let handles = [Graphviz(), Graphviz()]
        let alone = try Graphviz.shared.render(dot: Self.dot, format: .svg).bytes
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<8 {
                let handle = handles[i % 2]
                group.addTask { try handle.render(dot: Self.dot, format: .svg).bytes }
            }
            var collected: [[UInt8]] = []
            for try await bytes in group { collected.append(bytes) }
            return collected
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == alone })
    }

    @Test("a handle's errors are typed: a bad text is a parse error of that handle, which draws on")
    func typedErrors() throws {
        let handle = Graphviz()
        do {
            _ = try handle.render(dot: "digraph { a -> }", format: .svg)
            Issue.record("a DOT syntax error rendered")
        } catch {
            // `error` is a GraphvizError by the signature: no cast.
            #expect(error.stage == .parse)
        }
        #expect(try handle.render(dot: Self.dot, format: .svg).bytes.count > 100)
    }
}
