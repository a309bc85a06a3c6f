import DiploGraph
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Synchronization
import TestSupport
import Testing
@testable import DiploRendering

/// Graphviz's cairo and pango plugins, GLib and fontconfig print on the C library's `stderr`;
/// `Graphviz` catches what they print while it renders and returns it as warnings, or
/// throws it as an error, instead of letting raw lines reach the terminal.
@Suite("Plugin messages")
struct PluginMessageTests {
    @Test("the cairo plugin's message comes back as a warning, and the picture is drawn")
    func cairoWarning() throws {
        // A node 2,000 inches wide is too wide for a bitmap: the plugin scales it down, and says so.
        let rendering = try Graphviz.shared.render(dot: "digraph { a [width=2000] }", format: .png)
        #expect(Array(rendering.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(rendering.warnings.count == 1)
        #expect(rendering.warnings.first?.hasPrefix("graph is too large for cairo-renderer bitmaps. Scaling by ") == true)
        // The next rendering starts afresh.
        #expect(try Graphviz.shared.render(dot: "digraph { a }", format: .png).warnings.isEmpty)
    }

    @Test("Pango's critical message, which comes with an empty picture, is an error without pid or time")
    func pangoError() {
        // A label of 300,000 letters: Pango cannot lay it out, GLib logs a critical message, and
        // the PNG comes out empty.
        let dot = "digraph { a [label=\"\(String(repeating: "A", count: 300_000))\"] }"
        do {
            let rendering = try Graphviz.shared.render(dot: dot, format: .png)
            Issue.record("expected an error, got \(rendering.bytes.count) bytes and \(rendering.warnings)")
        } catch {
            #expect(error.stage == .render)
            #expect(error.message.contains("Pango-CRITICAL: pango_cairo_show_layout: assertion 'PANGO_IS_LAYOUT (layout)' failed"), "\(error)")
            #expect(!error.message.contains("(process:") && !error.message.contains("**"))
        }
    }

    @Test("while one thread renders, what other threads write on stderr is passed on, not kept")
    func otherThreadsPassThrough() async throws {
        // A graph that takes a moment to draw, and another thread writing on stderr all the while.
        let graph = DrawingBudgetTests.isolated(200)
        let done = Atomic<Bool>(false)
        let written = Atomic<Int>(0)
        let writer = Task.detached {
            while !done.load(ordering: .acquiring) && written.load(ordering: .relaxed) < 500 {
                fputs("(a line another thread writes on stderr while Graphviz renders; not a failure)\n", stderr)
                written.add(1, ordering: .releasing)
                usleep(2_000)
            }
        }
        // Render only once the other thread is writing.
        while written.load(ordering: .acquiring) == 0 { usleep(1_000) }
        var warnings: [String] = []
        for format in [OutputFormat.png, .pdf, .svg] {
            warnings += try GraphWriter().write(graph, as: format).warnings
        }
        let whileRendering = written.load(ordering: .acquiring)
        done.store(true, ordering: .releasing)
        await writer.value
        #expect(whileRendering > 1)
        #expect(warnings.isEmpty, "\(warnings.prefix(3))")
    }

    @Test("plugin output: cairo failures and GLib criticals are errors, the rest warnings, prefixes gone")
    func classification() {
        var messages = CapturedMessages("Warning: a Graphviz warning\n")
        messages.add(pluginOutput: """

            (process:12326): Pango-CRITICAL **: 13:01:15.052: pango_cairo_show_layout: assertion failed

            (diplograph:77): GLib-WARNING **: 09:00:00.000: something odd
            (process:1): Pango-WARNING **: 09:00:00.000: couldn't load font "X", falling back
            (null): graph is too large for cairo-renderer bitmaps. Scaling by 0.5 to fit
            dot: failure to create cairo surface: out of memory
            cairo: invalid value (typically too big) for the size of the input
            Fontconfig warning: ignoring UTF-8: not a valid region tag

            """)
        #expect(messages.warnings == [
            "a Graphviz warning",
            "GLib-WARNING: something odd",
            "Pango-WARNING: couldn't load font \"X\", falling back",
            "graph is too large for cairo-renderer bitmaps. Scaling by 0.5 to fit",
            "Fontconfig warning: ignoring UTF-8: not a valid region tag",
        ])
        #expect(messages.errors == [
            "Pango-CRITICAL: pango_cairo_show_layout: assertion failed",
            "failure to create cairo surface: out of memory",
            "cairo: invalid value (typically too big) for the size of the input",
        ])
    }

    @Test("the SVG, PNG and PDF of the fixture graph draw without any message")
    func quietForOrdinaryGraphs() throws {
        for format in [OutputFormat.svg, .png, .pdf] {
            let rendering = try GraphWriter().write(Fixtures.graph, as: format)
            #expect(rendering.warnings.isEmpty, "\(format): \(rendering.warnings)")
        }
    }
}
