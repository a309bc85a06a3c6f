import DiploGraph

/// A self-contained HTML report of a graph: the diagram, the entities and every relation with
/// the sentences it was read from.
///
/// One file that needs no network: the CSS and the script are inline, and the SVG diagram,
/// rendered by a ``DiagramRenderer`` (``Graphviz`` in-process), is part of the page. Under it come a table of the
/// leaders, states, agreements and organisations (kind, state or parties, title, topics, other
/// names, where they were read) and a table of the relations (source, relation, target, how many
/// sentences support it, and each sentence with its document and UTF-8 byte range). With dated
/// documents, each sentence also shows its document's date and both tables the days each
/// entity and relation was first and last seen.
///
/// With relations read on two or more dated days, a timeline follows the diagram: relations per
/// week or month, stacked by class, with lines for the busiest pairs of actors
/// (`HTMLReport+Timeline.swift`).
///
/// Clicking a node or an edge in the diagram highlights its rows (and, for a node, the relations
/// that touch it) and scrolls to them; clicking a row highlights its element in the diagram.
/// Clicking a pair's line in the timeline highlights the relations between the two, in the
/// tables and in the diagram; selecting a node or an edge marks the pairs' lines it concerns.
/// `report.html#select=<element id>` opens the page with that element selected.
///
/// Nothing read from a document can run in the page:
/// - every text from a document is HTML-escaped, in content and in attribute values alike;
/// - the script is a constant: it reads element ids and `data-` attributes, compares them as
///   strings, and toggles classes; no handler or markup is ever built from document text;
/// - the page's `Content-Security-Policy` allows only that one script (by its SHA-256 digest),
///   inline styles, and nothing from the network;
/// - the inlined SVG is sanitized (``SVGSanitizer``): it keeps drawing elements only, and no
///   event handler, `javascript:` URL, link out of the document, `<style>`, `<script>`,
///   `<foreignObject>` or `<image>`.
///
/// The page is deterministic: the same graph and options give the same bytes (no dates, no
/// random ids); only the diagram's coordinates depend on the installed fonts and Graphviz.
public enum HTMLReport {
    /// The HTML page of `graph`.
    ///
    /// - Parameters:
    ///   - graph: The graph to report; a diff graph (``Graph/hasChanges``) gets a "change" column.
    ///   - options: How to draw the diagram (engine, clusters, legend, title, style); the title
    ///     also heads the page.
    ///   - renderer: What draws the diagram as SVG; the process's ``Graphviz`` handle by default.
    /// - Returns: The page, UTF-8 text ending with a newline.
    /// - Throws: ``StyleFileError`` when the style has a value Graphviz cannot draw safely
    ///   (``RenderOptions/validate()``); ``GraphvizError`` when the diagram cannot be rendered;
    ///   ``HTMLReportError`` when the rendered SVG cannot be inlined.
    public static func render(
        _ graph: Graph, options: RenderOptions, renderer: any DiagramRenderer = Graphviz.shared
    ) throws -> String {
        try renderReportingWarnings(graph, options: options, renderer: renderer).page
    }

    /// Like ``render(_:options:renderer:)``, and also returns the warnings Graphviz and its plugins
    /// reported while drawing the diagram.
    ///
    /// - Parameters:
    ///   - graph: The graph to report.
    ///   - options: How to draw the diagram.
    ///   - renderer: What draws the diagram as SVG.
    /// - Returns: The page and the warnings.
    /// - Throws: As ``render(_:options:renderer:)``.
    public static func renderReportingWarnings(
        _ graph: Graph, options: RenderOptions, renderer: any DiagramRenderer = Graphviz.shared
    ) throws -> (page: String, warnings: [String]) {
        try options.validate()
        // A graph over the drawing budget is drawn in part; its elements keep the ids the whole
        // graph gives them, so that the rows of the tables (which list everything) find them.
        let ids = ElementIDs(graph, options: options)
        let drawing = options.drawing(of: graph)
        let dot = DOTWriter(options: options.adjusted(for: .svg).withDefaultTitle(for: graph)).write(drawing, ids: ids)
        let rendering = try renderer.render(
            dot: dot, format: .svg, engine: options.layoutEngine(for: drawing), aspectLimits: options.aspectLimitsKept)
        let page = try page(graph, drawing: drawing, ids: ids, options: options,
                            svgDocument: String(decoding: rendering.bytes, as: UTF8.self))
        return (page, rendering.warnings)
    }

    /// The page of `graph` around `svgDocument`, the SVG Graphviz drew of `drawing` (the part of
    /// `graph` a diagram draws), which is sanitized and inlined.
    static func page(_ graph: Graph, drawing: Drawing, ids: ElementIDs, options: RenderOptions, svgDocument: String) throws -> String {
        let drawn = drawing.graph
        let svg = try inlineSVG(svgDocument)
        let heading = pageTitle(graph, options: options)
        let showChanges = graph.hasChanges

        var page = ""
        page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        page += "<meta charset=\"utf-8\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"diplograph\">\n"
        page += "<title>\(escape(heading))</title>\n"
        page += "<style>\n\(stylesheet)</style>\n"
        page += "</head>\n<body>\n"

        page += "<header>\n<h1>\(escape(heading))</h1>\n"
        page += "<p class=\"summary\">\(escape(summary(graph)))</p>\n"
        if !graph.documents.isEmpty {
            page += "<details class=\"documents\"><summary>Documents (\(graph.documents.count))</summary>\n<ol>\n"
            for document in graph.documents {
                page += "<li>\(escape(document))</li>\n"
            }
            page += "</ol></details>\n"
        }
        page += "</header>\n"

        page += "<section id=\"diagram\" aria-label=\"Diagram\">\n"
        page += "<p class=\"hint\">Click a node or an edge to see the sentences behind it; hover for a summary. A large diagram scrolls inside its frame.</p>\n"
        if drawing.leftOutEntities > 0 || drawing.leftOutRelations > 0 {
            page += "<p class=\"hint cut\">The diagram draws the \(drawn.nodeCount) best connected of the \(drawing.connectedEntities) entities in relations and \(drawn.edgeCount) of the \(graph.edgeCount) relations; the tables below list every one.</p>\n"
        } else if drawing.relations == 0, drawn.nodeCount < graph.nodeCount {
            page += "<p class=\"hint cut\">The diagram draws \(drawn.nodeCount) of the \(graph.nodeCount) entities, the most mentioned; the tables below list every one.</p>\n"
        }
        if !drawing.alsoMentioned.isEmpty {
            page += "<p class=\"hint\">Not drawn: \(drawing.alsoMentioned.count) \(drawing.alsoMentioned.count == 1 ? "entity" : "entities") mentioned in no relation (listed in the table below).</p>\n"
        }
        page += "<div class=\"diagram\">\n\(svg)\n</div>\n</section>\n"
        page += timelineSection(graph, ids: ids, style: options.style)

        page += entityTable(graph, ids: ids, showChanges: showChanges)
        page += relationTable(graph, ids: ids, showChanges: showChanges, drawing: drawing)

        page += "<footer>Written by diplograph. Byte ranges are UTF-8 offsets into the original documents.</footer>\n"
        page += "<script>\(script)</script>\n"
        page += "</body>\n</html>\n"
        return page
    }

    // MARK: - Tables

    /// The table of leaders, states, agreements and organisations, in that order, each sorted by label.
    static func entityTable(_ graph: Graph, ids: ElementIDs, showChanges: Bool) -> String {
        let showSeen = hasSeenDays(graph)
        let order: [NodeKind] = [.leader, .state, .agreement, .organization]
        let nodes = graph.nodes.sorted {
            let (a, b) = (order.firstIndex(of: $0.kind) ?? 9, order.firstIndex(of: $1.kind) ?? 9)
            return a != b ? a < b : ($0.label, $0.id) < ($1.label, $1.id)
        }
        var parties: [NodeID: [NodeID]] = [:]
        for edge in graph.edges where edge.relation == .signed || edge.relation == .partyTo {
            if graph.node(edge.target)?.kind == .agreement, !(parties[edge.target] ?? []).contains(edge.source) {
                parties[edge.target, default: []].append(edge.source)
            }
        }

        var out = "<section aria-labelledby=\"entities-heading\">\n"
        out += "<h2 id=\"entities-heading\">Leaders, states, agreements and organisations</h2>\n"
        out += "<table id=\"entities\">\n<thead><tr>"
        if showChanges { out += "<th>Change</th>" }
        out += "<th>Name</th><th>Kind</th><th>State / parties</th><th>Title</th><th>Topics</th><th>Also called</th>"
        if showSeen { out += "<th>Seen</th>" }
        out += "<th>Read in</th></tr></thead>\n<tbody>\n"
        for node in nodes {
            let ref = ids.node(node.id)
            var classes = ["kind-\(node.kind.rawValue)"]
            if let change = node.change { classes.append("change-\(change.rawValue)") }
            out += "<tr id=\"row-\(escape(ref))\" data-ref=\"\(escape(ref))\" class=\"\(classes.joined(separator: " "))\">"
            if showChanges { out += "<td class=\"change\">\(escape(node.change?.rawValue ?? ""))</td>" }
            out += "<td class=\"name\">\(escape(node.label))"
            if let code = node.code { out += " <span class=\"code\">\(escape(code.rawValue))</span>" }
            out += "<div class=\"id\">\(escape(node.id.description))</div></td>"
            out += "<td>\(escape(node.kind.rawValue))</td>"
            var states: [NodeID] = []
            if let state = node.state { states = [state] }
            if node.kind == .agreement { states = parties[node.id] ?? [] }
            out += "<td>\(states.map { link(to: $0, in: graph, ids: ids) }.joined(separator: ", "))</td>"
            out += "<td>\(escape(node.title ?? ""))</td>"
            out += "<td>\(node.topics.map(escape).joined(separator: "; "))</td>"
            out += "<td>\(node.aliases.map(escape).joined(separator: "; "))</td>"
            if showSeen { out += seenCell(node.seen) }
            out += "<td>\(evidenceList(node.evidence, count: node.count, collapsed: true, dates: graph.documentDates))</td>"
            out += "</tr>\n"
        }
        if nodes.isEmpty {
            out += "<tr><td colspan=\"\(7 + (showChanges ? 1 : 0) + (showSeen ? 1 : 0))\" class=\"empty\">No entities.</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// The table of relations, sorted by source, relation and target.
    /// A row's `data-ref` names the edge drawn for its relation (``Drawing/drawnKey(of:)``): in
    /// an overview, the one edge of its pair, so that clicking that edge selects every relation
    /// it stands for.
    static func relationTable(_ graph: Graph, ids: ElementIDs, showChanges: Bool, drawing: Drawing? = nil) -> String {
        var out = "<section aria-labelledby=\"relations-heading\">\n"
        out += "<h2 id=\"relations-heading\">Relations</h2>\n"
        let showSeen = hasSeenDays(graph)
        out += "<table id=\"relations\">\n<thead><tr>"
        if showChanges { out += "<th>Change</th>" }
        out += "<th>Source</th><th>Relation</th><th>Target</th><th class=\"count\">Count</th>"
        if showSeen { out += "<th>Seen</th>" }
        out += "<th>Evidence</th></tr></thead>\n<tbody>\n"
        let edges = graph.edges
        for edge in edges {
            let own = ids.edge(edge.key)
            let ref = drawing?.drawnKey(of: edge.key).map(ids.edge) ?? own
            var classes = ["relation-\(edge.relation.rawValue)"]
            if let change = edge.change { classes.append("change-\(change.rawValue)") }
            out += "<tr id=\"row-\(escape(own))\" data-ref=\"\(escape(ref))\""
            out += " data-source=\"\(escape(ids.node(edge.source)))\" data-target=\"\(escape(ids.node(edge.target)))\""
            out += " class=\"\(classes.joined(separator: " "))\">"
            if showChanges {
                var change = edge.change?.rawValue ?? ""
                if edge.change == .changed, let previous = edge.previousCount { change += " (was \(previous))" }
                out += "<td class=\"change\">\(escape(change))</td>"
            }
            out += "<td>\(link(to: edge.source, in: graph, ids: ids))</td>"
            out += "<td class=\"relation\">\(escape(edge.relation.label))\(edge.relation.isSymmetric ? " <span class=\"symmetric\" title=\"reads the same both ways\">↔</span>" : "")</td>"
            out += "<td>\(link(to: edge.target, in: graph, ids: ids))</td>"
            out += "<td class=\"count\">\(edge.count)</td>"
            if showSeen { out += seenCell(edge.seen) }
            out += "<td>\(evidenceList(edge.evidence, count: edge.count, collapsed: false, dates: graph.documentDates))</td>"
            out += "</tr>\n"
        }
        if edges.isEmpty {
            out += "<tr><td colspan=\"\(5 + (showChanges ? 1 : 0) + (showSeen ? 1 : 0))\" class=\"empty\">No relations.</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// Whether any entity or relation of `graph` was seen on a known day: then the tables show
    /// the days (and stay as they were for graphs of undated documents).
    static func hasSeenDays(_ graph: Graph) -> Bool {
        graph.nodes.contains { $0.seen != nil } || graph.edges.contains { $0.seen != nil }
    }

    /// The cell of the days an entity or a relation was first and last seen.
    static func seenCell(_ seen: ClosedRange<Day>?) -> String {
        guard let seen else { return "<td class=\"seen\"></td>" }
        return "<td class=\"seen\">\(escape(seen.spanText))</td>"
    }

    /// A link to the row of node `id`, labelled with its label (or the id when it is not in the graph).
    static func link(to id: NodeID, in graph: Graph, ids: ElementIDs) -> String {
        guard let node = graph.node(id) else { return escape(id.description) }
        return "<a href=\"#row-\(escape(ids.node(id)))\">\(escape(node.label))</a>"
    }

    /// The evidence as a list: each sentence quoted, with its document, the document's date when
    /// `dates` has it, byte range and rule, and how many more the graph counts but does not list
    /// (`count`, past its evidence limit). Long lists of node mentions fold into a `<details>`
    /// element.
    static func evidenceList(_ evidence: [Evidence], count: Int, collapsed: Bool, dates: [String: Day]) -> String {
        if evidence.isEmpty { return "" }
        var items = "<ul class=\"evidence\">"
        for item in evidence {
            items += "<li><q>\(escape(item.sentence))</q> <span class=\"where\">\(escape(item.document)), "
            if let date = dates[item.document] { items += "<time datetime=\"\(date)\">\(date)</time>, " }
            items += "bytes \(item.start)–\(item.end)</span>"
            if let rule = item.rule, !rule.isEmpty { items += " <code class=\"rule\">\(escape(rule))</code>" }
            items += "</li>"
        }
        if count > evidence.count {
            items += "<li class=\"more\">and \(count - evidence.count) more, not kept (--evidence-limit)</li>"
        }
        items += "</ul>"
        if collapsed {
            let total = max(count, evidence.count)
            let noun = total == 1 ? "sentence" : "sentences"
            return "<details><summary>\(total) \(noun)</summary>\(items)</details>"
        }
        return items
    }

    // MARK: - Text

    /// The heading of the page: the diagram's title (the title option, else ``DefaultTitle``'s),
    /// or "diplograph report" when that is empty.
    static func pageTitle(_ graph: Graph, options: RenderOptions) -> String {
        let title = options.title ?? DefaultTitle.text(for: graph, subject: options.subject)
        return title.isEmpty ? "diplograph report" : title
    }

    /// "3 leaders · 5 states · … · 12 relations from 2 documents".
    static func summary(_ graph: Graph) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let nodes = graph.nodes
        var parts: [String] = []
        for (kind, one, many) in [(NodeKind.leader, "leader", "leaders"), (.state, "state", "states"),
                                  (.agreement, "agreement", "agreements"), (.organization, "organisation", "organisations")] {
            parts.append(count(nodes.filter { $0.kind == kind }.count, one, many))
        }
        parts.append(count(graph.edgeCount, "relation", "relations"))
        return parts.joined(separator: " · ") + " from " + count(graph.documents.count, "document", "documents")
    }

    /// `text` safe for HTML content and double- or single-quoted attribute values: the same
    /// escaping as XML (`& < > " '` as references, forbidden control characters dropped).
    static func escape(_ text: String) -> String {
        XMLEscaping.escaped(text)
    }

    // MARK: - The diagram

    /// Graphviz's SVG document made into an element to inline in HTML: sanitized by
    /// ``SVGSanitizer`` (drawing elements only; no event handlers, scripts, styles, foreign
    /// objects, images or links out of the document; no XML declaration, doctype or comments,
    /// which repeat node names and carry the generator's version), without blank lines.
    ///
    /// - Throws: ``HTMLReportError`` when the SVG has no `<svg` element.
    static func inlineSVG(_ document: String) throws -> String {
        let svg = SVGSanitizer.sanitize(document).svg
        guard svg.hasPrefix("<svg") else {
            throw HTMLReportError("the rendered diagram holds no <svg> element")
        }
        // Drop the blank lines the comments leave behind.
        return svg.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }

    // MARK: - Page furniture

    /// The policy: nothing from the network, inline styles, and only the page's own script.
    static var contentSecurityPolicy: String {
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-\(SHA256.base64Digest(of: script))'; base-uri 'none'; form-action 'none'"
    }

    /// The page's only script. It reads ids and `data-` attributes only, compares them as
    /// strings, and toggles classes.
    static let script = """

        (function () {
          "use strict";
          var diagram = document.getElementById("diagram");
          var svg = diagram ? diagram.querySelector("svg") : null;
          var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-ref]"));
          var pairs = Array.prototype.slice.call(document.querySelectorAll("g.pair[id]"));
          function clear() {
            var marked = document.querySelectorAll(".selected, .related");
            for (var i = 0; i < marked.length; i++) {
              marked[i].classList.remove("selected");
              marked[i].classList.remove("related");
            }
          }
          function mark(id) {
            var shape = svg ? document.getElementById(id) : null;
            if (shape && svg.contains(shape)) { shape.classList.add("selected"); }
          }
          function joins(element, a, b) {
            var source = element.getAttribute("data-source"), target = element.getAttribute("data-target");
            return source !== null && ((source === a && target === b) || (source === b && target === a));
          }
          function select(id, scroll) {
            clear();
            var first = null;
            var pair = null;
            pairs.forEach(function (line) { if (line.id === id) { pair = line; } });
            rows.forEach(function (row) {
              if (row.getAttribute("data-ref") === id
                  || (pair && joins(row, pair.getAttribute("data-source"), pair.getAttribute("data-target")))) {
                row.classList.add("selected");
                if (pair) { mark(row.getAttribute("data-ref")); }
                if (!first) { first = row; }
              } else if (row.getAttribute("data-source") === id || row.getAttribute("data-target") === id) {
                row.classList.add("related");
              }
            });
            mark(id);
            pairs.forEach(function (line) {
              if (line === pair) {
                line.classList.add("selected");
              } else if (line.getAttribute("data-source") === id || line.getAttribute("data-target") === id
                  || (first && !pair && joins(line, first.getAttribute("data-source"), first.getAttribute("data-target")))) {
                line.classList.add("related");
              }
            });
            if (first && scroll) { first.scrollIntoView({ block: "center" }); }
            return first !== null || pair !== null;
          }
          function listen(figure) {
            figure.addEventListener("click", function (event) {
              var group = event.target && event.target.closest ? event.target.closest("g.node, g.edge, g.pair") : null;
              if (!group || !group.id) { return; }
              event.preventDefault();
              if (select(group.id, true) && window.history && history.replaceState) {
                history.replaceState(null, "", "#select=" + encodeURIComponent(group.id));
              }
            });
          }
          if (svg) { listen(svg); }
          var timeline = document.querySelector("#timeline svg");
          if (timeline) { listen(timeline); }
          document.addEventListener("click", function (event) {
            var target = event.target;
            if (!target || !target.closest || target.closest("a, summary, svg")) { return; }
            var row = target.closest("tr[data-ref]");
            if (row) { select(row.getAttribute("data-ref"), false); }
          });
          var match = /^#select=(.+)$/.exec(window.location.hash);
          if (match) {
            try { select(decodeURIComponent(match[1]), true); } catch (error) { /* a malformed link selects nothing */ }
          }
        })();

        """

    /// The page's styles.
    static let stylesheet = """
        :root { color-scheme: light; --accent: #e8590c; --line: #d0d7de; --muted: #57606a; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; margin: 0 auto; max-width: 1400px; padding: 16px 24px 48px; color: #1f2328; background: #fff; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
        .summary, .hint, footer, .where, .id { color: var(--muted); }
        .hint { font-size: 0.9em; margin: 0.3em 0; }
        .documents ol { margin: 0.3em 0; }
        .diagram { border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow: auto; max-height: 85vh; background: #fff; }
        .diagram svg { display: block; margin: 0 auto; }
        .diagram g.node, .diagram g.edge { cursor: pointer; }
        .diagram g.node:hover polygon, .diagram g.node:hover ellipse, .diagram g.node:hover path { stroke-width: 2px; }
        .diagram g.edge:hover path { stroke-width: 3px; }
        .diagram g.selected polygon, .diagram g.selected ellipse, .diagram g.selected path, .diagram g.selected polyline { stroke: var(--accent); stroke-width: 3px; }
        .diagram g.selected text { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
        th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; position: sticky; top: 0; }
        td.count, th.count { text-align: right; }
        td.name { font-weight: 600; }
        td.relation, th.count, td.count, td.seen { white-space: nowrap; }
        #relations td:nth-child(-n+3) { min-width: 7em; }
        .id { font-weight: normal; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8em; }
        .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; color: var(--muted); }
        tr.kind-leader td.name { border-left: 4px solid #b58900; }
        tr.kind-state td.name { border-left: 4px solid #2f5597; }
        tr.kind-agreement td.name { border-left: 4px solid #548235; }
        tr.kind-organization td.name { border-left: 4px solid #7030a0; }
        tr.selected { background: #fff4e6; outline: 2px solid var(--accent); }
        tr.related { background: #fffaf3; }
        tr[data-ref] { cursor: pointer; }
        td.change { font-weight: 600; }
        tr.change-added td.change { color: #1a7f37; }
        tr.change-removed td.change { color: #cf222e; }
        tr.change-changed td.change { color: #bc4c00; }
        ul.evidence { margin: 0; padding-left: 1.1em; }
        ul.evidence li { margin: 0.15em 0; }
        .where { font-size: 0.85em; white-space: nowrap; }
        details > summary { white-space: nowrap; cursor: pointer; }
        code.rule { font-size: 0.8em; color: var(--muted); }
        td.empty { color: var(--muted); font-style: italic; }
        footer { margin-top: 2em; font-size: 0.85em; }
        .timeline { border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; }
        .timeline svg { display: block; width: 100%; max-width: 960px; height: auto; margin: 0 auto; }
        .timeline text { font: 11px system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; fill: var(--muted); }
        .timeline text.panel { font-weight: 600; fill: #1f2328; }
        .timeline .grid { stroke: #eaeef2; }
        .timeline .axis { stroke: #8c959f; }
        .timeline rect.bar { fill-opacity: 0.5; }
        .timeline g.pair { cursor: pointer; }
        .timeline g.pair polyline { fill: none; }
        .timeline g.pair .line { stroke-width: 2px; }
        .timeline g.pair .hit { stroke: transparent; stroke-width: 12px; }
        .timeline g.pair:hover .line { stroke-width: 3px; }
        .timeline g.pair.related .line { stroke-width: 3px; stroke-dasharray: 6 3; }
        .timeline g.pair.selected .line { stroke-width: 4px; }
        .timeline g.pair.selected text { font-weight: bold; fill: var(--accent); }
        .timeline svg:has(g.pair.selected) g.pair:not(.selected):not(.related) { opacity: 0.35; }
        .timeline-counts { margin-top: 0.4em; font-size: 0.9em; }
        .timeline-counts table { width: auto; }

        """
}


/// The HTML report could not be made safely.
public struct HTMLReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error with `description` as its message.
    public init(_ description: String) {
        self.description = description
    }
}
