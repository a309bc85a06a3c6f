import DiploRendering
import Synchronization

/// A ``DiagramRenderer`` that needs no Graphviz: it keeps every call and answers with canned
/// bytes and warnings, or a canned error.
final class FakeDiagramRenderer: DiagramRenderer {
    /// One call: what it was asked to draw.
    struct Call: Sendable {
        var dot: String
        var format: OutputFormat
        var engine: LayoutEngine
        var aspectLimits: ClosedRange<Double>?
    }

    let answer: Result<GraphvizRendering, GraphvizError>
    private let recorded = Mutex<[Call]>([])

    init(answer: Result<GraphvizRendering, GraphvizError>) {
        self.answer = answer
    }

    /// The calls so far, in order.
    var calls: [Call] { recorded.withLock { $0 } }

    func render(
        dot: String, format: OutputFormat, engine: LayoutEngine, aspectLimits: ClosedRange<Double>?
    ) throws(GraphvizError) -> GraphvizRendering {
        recorded.withLock { $0.append(Call(dot: dot, format: format, engine: engine, aspectLimits: aspectLimits)) }
        return try answer.get()
    }
}
