import DiploGraph

/// The report's timeline: relations per week, month or run of years (``Timeline``), drawn as an
/// inline SVG written here, stacked by the legend's classes of relation, with a line for each of
/// the busiest pairs of actors that selects their relations like the diagram does.
///
/// The SVG is built from numbers and escaped labels only, and is passed through
/// ``SVGSanitizer`` like the diagram. Coordinates are written with at most one decimal, so the
/// same graph always gives the same bytes.
extension HTMLReport {
    /// The "Timeline" section of `graph`, or nothing when its relations were not read on at
    /// least two distinct days.
    static func timelineSection(_ graph: Graph, ids: ElementIDs, style: Style) -> String {
        guard let timeline = Timeline(graph) else { return "" }
        let chart = TimelineChart(timeline: timeline, graph: graph, ids: ids, style: style)
        var out = "<section id=\"timeline\" aria-labelledby=\"timeline-heading\">\n"
        out += "<h2 id=\"timeline-heading\">Timeline: relations per \(timeline.period.name)</h2>\n"
        out += "<p class=\"hint\">Each bar counts the relations read in the documents dated in that \(timeline.period.name), each relation once per document, coloured as in the diagram's legend."
        if !timeline.pairs.isEmpty {
            out += " Under the bars, the \(timeline.pairs.count == 1 ? "busiest pair" : "\(timeline.pairs.count) busiest pairs") of actors, counted the same way; click a line or a name to see their relations."
        }
        out += "</p>\n"
        if timeline.cutRelations > 0 {
            let relations = timeline.cutRelations == 1 ? "1 relation lists" : "\(timeline.cutRelations) relations list"
            out += "<p class=\"hint cut\">Counted from the sentences the graph keeps: \(relations) fewer sentences than \(timeline.cutRelations == 1 ? "it counts" : "they count") (--evidence-limit), so documents of theirs may be missing here.</p>\n"
        }
        out += "<div class=\"timeline\">\n\(SVGSanitizer.sanitize(chart.svg()).svg)\n</div>\n"
        out += chart.table()
        out += "</section>\n"
        return out
    }
}

/// The drawing of one ``Timeline``: its geometry, and the SVG and table written from it.
struct TimelineChart {
    let timeline: Timeline
    let graph: Graph
    let ids: ElementIDs
    let style: Style

    /// The width of the drawing, in SVG user units (the page scales it to its column).
    static let width = 960.0
    private static let left = 44.0, right = 16.0, top = 14.0
    private static let barsHeight = 200.0, pairsHeight = 100.0, lineHeight = 18.0
    /// The colours of the pairs' lines, apart from the classes' greys and red.
    static let pairColors = ["#1f77b4", "#2ca02c", "#9467bd", "#e377c2", "#17becf"]

    /// A plot area: where its zero and its top are, and its vertical scale.
    private struct Panel {
        var top: Double
        var height: Double
        /// The count at the top of the axis and the step between ticks.
        var scaleTop: Int
        var step: Int

        var bottom: Double { top + height }

        /// A panel whose axis reaches `highest` in at most five steps of 1, 2 or 5 times a power
        /// of ten.
        init(top: Double, height: Double, highest: Int) {
            self.top = top
            self.height = height
            var step = 1
            while (max(1, highest) + step - 1) / step > 5 {
                let digits = String(step)
                step = digits.hasPrefix("2") ? step / 2 * 5 : step * 2
            }
            self.step = step
            self.scaleTop = (max(1, highest) + step - 1) / step * step
        }

        func y(_ value: Int) -> Double { bottom - Double(value) / Double(scaleTop) * height }
    }

    private var plotWidth: Double { Self.width - Self.left - Self.right }
    private var slot: Double { plotWidth / Double(timeline.starts.count) }
    /// The bars, from the top.
    private var barPanel: Panel { Panel(top: Self.top, height: Self.barsHeight, highest: timeline.totals.max() ?? 1) }
    /// The row of the class legend, under the period labels.
    private var classRow: Double { barPanel.bottom + 40 }
    /// The pairs' lines, under the class legend.
    private var pairPanel: Panel {
        Panel(top: classRow + 40, height: Self.pairsHeight, highest: timeline.pairs.flatMap(\.counts).max() ?? 1)
    }
    private var height: Double {
        timeline.pairs.isEmpty ? classRow + 14 : pairPanel.bottom + 14 + Self.lineHeight * Double(timeline.pairs.count)
    }

    private func x(_ index: Int) -> Double { Self.left + slot * (Double(index) + 0.5) }

    /// The colour of a class of relation: the style's, when it is a `#rrggbb` colour (SVG does
    /// not know every Graphviz colour name), else the default style's.
    func color(of edgeClass: Style.EdgeClass) -> String {
        let chosen = style.edgeStyle(for: edgeClass).color
        let isHex = chosen.utf8.count == 7 && chosen.hasPrefix("#") && chosen.dropFirst().allSatisfy(\.isHexDigit)
        return isHex ? chosen : Style.default.edgeStyle(for: edgeClass).color
    }

    /// The element id of a pair's line: `pair__<first node's id>__<second node's id>`, which no
    /// node or edge of the diagram has (theirs start with a node kind).
    func pairID(_ pair: Timeline.Pair) -> String {
        "pair__\(ids.node(pair.first))__\(ids.node(pair.second))"
    }

    /// "Lee Jae Myung – Xi Jinping".
    func pairName(_ pair: Timeline.Pair) -> String {
        "\(graph.node(pair.first)?.label ?? pair.first.description) – \(graph.node(pair.second)?.label ?? pair.second.description)"
    }

    /// How a period is named in tooltips and the table: "week of 2026-09-07", "September 2026",
    /// "2020", "2020–2029".
    func periodName(_ index: Int) -> String {
        let start = timeline.starts[index]
        switch timeline.period {
        case .week: return "week of \(start)"
        case .month: return "\(start.monthAbbreviation) \(start.year)"
        case .years(let n): return n == 1 ? "\(start.year)" : "\(start.year)–\(start.year + n - 1)"
        }
    }

    /// The label under a bar, short: "7 Sep", "Sep", "2020"; with the year where it changes.
    private func axisLabel(_ index: Int, yearShown: inout Int?) -> String {
        let start = timeline.starts[index]
        let year = yearShown == start.year ? "" : " \(start.year)"
        yearShown = start.year
        switch timeline.period {
        case .week: return "\(start.day) \(start.monthAbbreviation)\(year)"
        case .month: return "\(start.monthAbbreviation)\(year)"
        case .years: return "\(start.year)"
        }
    }

    // MARK: - The SVG

    /// The chart as an SVG element.
    func svg() -> String {
        let x = HTMLReport.escape
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\""
        out += " width=\"\(n(Self.width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">\n"
        out += "<title id=\"timeline-title\">Relations per \(timeline.period.name), \(timeline.days.spanText)</title>\n"
        out += "<desc id=\"timeline-desc\">\(x(description()))</desc>\n"
        out += axis(barPanel)
        out += periodLabels()
        out += bars()
        out += classLegend()
        if !timeline.pairs.isEmpty {
            out += "<text class=\"panel\" x=\"\(n(Self.left))\" y=\"\(n(pairPanel.top - 10))\">Busiest pairs of actors</text>\n"
            out += axis(pairPanel)
            for (rank, pair) in timeline.pairs.enumerated() { out += line(pair, rank: rank) }
        }
        out += "</svg>"
        return out
    }

    /// What the chart shows, in words, for screen readers.
    func description() -> String {
        let classes = Style.EdgeClass.allCases.map { "\(timeline.counts[$0]!.reduce(0, +)) \($0.legendText)" }
        var text = "Bars: \(timeline.total) relations read in dated documents, each counted once per document, per \(timeline.period.name) from \(periodName(0)) to \(periodName(timeline.starts.count - 1)), stacked by class: \(classes.joined(separator: "; "))."
        if !timeline.pairs.isEmpty {
            text += " Lines: the busiest pairs of actors: " + timeline.pairs.map { "\(pairName($0)) (\($0.sentences) sentences)" }.joined(separator: "; ") + "."
        }
        return text
    }

    /// The grid lines and tick labels of a panel's counts, and its base line.
    private func axis(_ panel: Panel) -> String {
        var out = "<g class=\"axes\">\n"
        for value in stride(from: 0, through: panel.scaleTop, by: panel.step) {
            out += "<line class=\"\(value == 0 ? "axis" : "grid")\" x1=\"\(n(Self.left))\" y1=\"\(n(panel.y(value)))\" x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(panel.y(value)))\"/>"
            out += "<text x=\"\(n(Self.left - 6))\" y=\"\(n(panel.y(value) + 4))\" text-anchor=\"end\">\(value)</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// The periods under the bars: as many as fit, about one per 64 units, every k-th period.
    private func periodLabels() -> String {
        let every = max(1, Int((Double(timeline.starts.count) * 64 / plotWidth).rounded(.up)))
        var yearShown: Int?
        var out = "<g class=\"periods\">\n"
        for index in stride(from: 0, to: timeline.starts.count, by: every) {
            out += "<text x=\"\(n(x(index)))\" y=\"\(n(barPanel.bottom + 16))\" text-anchor=\"middle\">\(HTMLReport.escape(axisLabel(index, yearShown: &yearShown)))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// One stack of rectangles per period, bottom to top in the legend's order.
    private func bars() -> String {
        let width = min(48, slot * 0.72)
        var out = "<g class=\"bars\">\n"
        for index in timeline.starts.indices {
            var below = 0
            for edgeClass in Style.EdgeClass.allCases {
                let count = timeline.counts[edgeClass]![index]
                guard count > 0 else { continue }
                let (top, base) = (barPanel.y(below + count), barPanel.y(below))
                out += "<rect class=\"bar \(edgeClass)\" x=\"\(n(x(index) - width / 2))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(base - top))\" fill=\"\(color(of: edgeClass))\""
                out += " data-period=\"\(timeline.starts[index])\" data-class=\"\(edgeClass)\" data-count=\"\(count)\">"
                out += "<title>\(HTMLReport.escape(periodName(index))): \(count) \(edgeClass.legendText)</title></rect>\n"
                below += count
            }
        }
        out += "</g>\n"
        return out
    }

    /// A swatch and the name of each class of relation, in one row under the axis.
    private func classLegend() -> String {
        var out = "<g class=\"legend\">\n"
        var left = Self.left
        let row = classRow
        for edgeClass in Style.EdgeClass.allCases {
            out += "<rect class=\"bar \(edgeClass)\" x=\"\(n(left))\" y=\"\(n(row - 5))\" width=\"12\" height=\"10\" fill=\"\(color(of: edgeClass))\"/>"
            out += "<text x=\"\(n(left + 17))\" y=\"\(n(row + 4))\">\(HTMLReport.escape(edgeClass.legendText))</text>\n"
            left += 17 + Double(edgeClass.legendText.count) * 6.5 + 24
        }
        out += "</g>\n"
        return out
    }

    /// A pair's line over the bars, with a wide invisible stroke that is easier to click, dots
    /// at its values, and its name in the legend below: one group that selects the pair.
    private func line(_ pair: Timeline.Pair, rank: Int) -> String {
        let x = HTMLReport.escape
        let color = Self.pairColors[rank % Self.pairColors.count]
        let panel = pairPanel
        let points = pair.counts.indices.map { "\(n(self.x($0))),\(n(panel.y(pair.counts[$0])))" }.joined(separator: " ")
        let row = panel.bottom + 14 + Self.lineHeight * (Double(rank) + 0.5)
        let id = pairID(pair)
        var out = "<g class=\"pair\" id=\"\(x(id))\" data-source=\"\(x(ids.node(pair.first)))\" data-target=\"\(x(ids.node(pair.second)))\">"
        out += "<title>\(x(pairName(pair))): \(pair.sentences) sentences</title>\n"
        out += "<polyline class=\"hit\" points=\"\(points)\"/>"
        out += "<polyline class=\"line\" points=\"\(points)\" stroke=\"\(color)\"/>\n"
        if pair.counts.count <= 60 {
            for index in pair.counts.indices where pair.counts[index] > 0 {
                out += "<circle cx=\"\(n(self.x(index)))\" cy=\"\(n(panel.y(pair.counts[index])))\" r=\"3\" fill=\"\(color)\"/>"
            }
            out += "\n"
        }
        out += "<a href=\"#select=\(x(id))\"><line class=\"line\" x1=\"\(n(Self.left))\" y1=\"\(n(row))\" x2=\"\(n(Self.left + 24))\" y2=\"\(n(row))\" stroke=\"\(color)\"/>"
        out += "<text x=\"\(n(Self.left + 30))\" y=\"\(n(row + 4))\">\(x(pairName(pair))) (\(pair.sentences) sentences)</text></a>"
        out += "</g>\n"
        return out
    }

    /// `value` with at most one decimal ("12", "12.5"): the same text on every machine.
    private func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    // MARK: - The table

    /// The counts as a table, folded: what the chart shows, for those who cannot see it.
    func table() -> String {
        let x = HTMLReport.escape
        var out = "<details class=\"timeline-counts\"><summary>The counts as a table</summary>\n<table>\n<thead><tr><th>Period</th>"
        for edgeClass in Style.EdgeClass.allCases { out += "<th class=\"count\">\(x(edgeClass.legendText))</th>" }
        for pair in timeline.pairs { out += "<th class=\"count\">\(x(pairName(pair)))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for index in timeline.starts.indices {
            out += "<tr><td>\(x(periodName(index)))</td>"
            for edgeClass in Style.EdgeClass.allCases { out += "<td class=\"count\">\(timeline.counts[edgeClass]![index])</td>" }
            for pair in timeline.pairs { out += "<td class=\"count\">\(pair.counts[index])</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></details>\n"
        return out
    }
}
