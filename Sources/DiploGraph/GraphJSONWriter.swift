/// Writes the graph JSON byte for byte as Foundation's `JSONEncoder` writes it with sorted keys
/// and without escaping slashes (pretty-printed, or compact for fragments), several times faster:
/// corpus runs write graphs of hundreds of thousands of edges, and the map step writes one
/// fragment per document.
///
/// The format, as Foundation has it: two-space indentation, `"key" : value` when pretty and
/// `"key":value` when compact, an empty array as `[` newline, empty line, `]` when pretty; in
/// strings `"` and `\` escaped, the five short escapes `\b \f \n \r \t`, other control
/// characters as `\u00xx` (lower-case hex), everything else as it is. Keys are written in sorted
/// order, as the encoder sorts them. A test compares the two on generated and extracted graphs.
struct GraphJSONWriter {
    /// Indented and spaced, or one line.
    let pretty: Bool
    private var out: [UInt8] = []
    /// Two spaces for each open object or array: what a new line starts with when pretty.
    private var indentation: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The JSON text of `graph`, without a final newline.
    static func bytes(of graph: Graph, pretty: Bool) -> [UInt8] {
        var writer = GraphJSONWriter(pretty: pretty)
        writer.write(graph)
        return writer.out
    }

    // MARK: - The contract's objects, keys in sorted order

    private mutating func write(_ graph: Graph) {
        object {
            $0.key("documents") { $0.array(graph.documentEntries) { $0.write($1) } }
            $0.key("edges") { $0.array(graph.edges) { $0.write($1) } }
            $0.key("nodes") { $0.array(graph.nodes) { $0.write($1) } }
        }
    }

    private mutating func write(_ document: DocumentEntry) {
        object {
            if let date = document.date { $0.key("date") { $0.string(date.description) } }
            $0.key("name") { $0.string(document.name) }
            if let title = document.title { $0.key("title") { $0.string(title) } }
        }
    }

    private mutating func write(_ edge: Edge) {
        object {
            if let change = edge.change { $0.key("change") { $0.string(change.rawValue) } }
            if edge.count > 0 { $0.key("count") { $0.number(edge.count) } }
            $0.key("evidence") { $0.array(edge.evidence) { $0.write($1) } }
            if let first = edge.firstSeen { $0.key("first_seen") { $0.string(first.description) } }
            if let last = edge.lastSeen { $0.key("last_seen") { $0.string(last.description) } }
            if let plover = edge.relation.plover { $0.key("plover") { $0.string(plover.rawValue) } }
            if let previous = edge.previousCount { $0.key("previous_count") { $0.number(previous) } }
            $0.key("relation") { $0.string(edge.relation.rawValue) }
            $0.key("source") { $0.identifier(edge.source) }
            $0.key("target") { $0.identifier(edge.target) }
        }
    }

    private mutating func write(_ node: Node) {
        object {
            if !node.aliases.isEmpty { $0.key("aliases") { $0.array(node.aliases) { $0.string($1) } } }
            if let change = node.change { $0.key("change") { $0.string(change.rawValue) } }
            if let code = node.code { $0.key("code") { $0.string(code.rawValue) } }
            if node.count > node.evidence.count { $0.key("count") { $0.number(node.count) } }
            $0.key("evidence") { $0.array(node.evidence) { $0.write($1) } }
            if let first = node.firstSeen { $0.key("first_seen") { $0.string(first.description) } }
            $0.key("id") { $0.identifier(node.id) }
            $0.key("kind") { $0.string(node.kind.rawValue) }
            $0.key("label") { $0.string(node.label) }
            if let last = node.lastSeen { $0.key("last_seen") { $0.string(last.description) } }
            if let state = node.state { $0.key("state") { $0.identifier(state) } }
            if !node.stateSupport.isEmpty {
                $0.key("state_support") { writer in
                    writer.object { members in
                        for (state, count) in node.stateSupport.sorted(by: { $0.key < $1.key }) {
                            members.key(identifier: state) { $0.number(count) }
                        }
                    }
                }
            }
            if let title = node.title { $0.key("title") { $0.string(title) } }
            if !node.topics.isEmpty { $0.key("topics") { $0.array(node.topics) { $0.string($1) } } }
        }
    }

    private mutating func write(_ evidence: Evidence) {
        object {
            $0.key("document") { $0.string(evidence.document) }
            $0.key("end") { $0.number(evidence.end) }
            if let rule = evidence.rule { $0.key("rule") { $0.string(rule) } }
            $0.key("sentence") { $0.string(evidence.sentence) }
            $0.key("start") { $0.number(evidence.start) }
        }
    }

    // MARK: - Structure

    /// Members written so far in each open object or array.
    private var counts: [Int] = []

    private mutating func object(_ body: (inout GraphJSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"), emptyLine: false)
    }

    private mutating func array<T>(_ items: [T], _ element: (inout GraphJSONWriter, T) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            member()
            element(&self, item)
        }
        close(UInt8(ascii: "]"), emptyLine: true)
    }

    /// `"name" : ` and the value `body` writes.
    private mutating func key(_ name: StaticString, _ body: (inout GraphJSONWriter) -> Void) {
        member()
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        keySeparator()
        body(&self)
    }

    /// `"name" : ` for an identifier (escaped as a string is), and the value `body` writes.
    private mutating func key(identifier name: NodeID, _ body: (inout GraphJSONWriter) -> Void) {
        member()
        identifier(name)
        keySeparator()
        body(&self)
    }

    /// ` : ` when pretty, `:` when compact.
    private mutating func keySeparator() {
        if pretty { out.append(0x20) }
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(0x20) }
    }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        counts.append(0)
        indentation.append(0x20)
        indentation.append(0x20)
    }

    /// Before each member: a comma after the previous one, then a new indented line.
    private mutating func member() {
        if counts[counts.count - 1] > 0 { out.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline()
    }

    private mutating func close(_ bracket: UInt8, emptyLine: Bool) {
        let members = counts.removeLast()
        indentation.removeLast(2)
        if pretty {
            // Foundation writes an empty array as "[", an empty line, "]"; an empty object as "{}".
            if members > 0 || emptyLine {
                if members == 0 { out.append(0x0A) }
                newline()
            }
        }
        out.append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: indentation)
    }

    // MARK: - Values

    /// `value` in decimal, as `String(value)` writes it.
    private mutating func number(_ value: Int) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var unit: UInt = 1
        while magnitude / unit >= 10 { unit *= 10 }
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / unit))
            magnitude %= unit
            unit /= 10
        } while unit > 0
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `value` quoted and escaped. Bytes that need no escape (nearly all) are copied a run at a
    /// time rather than one by one.
    private mutating func string(_ value: String) {
        out.append(UInt8(ascii: "\""))
        escaped(value)
        out.append(UInt8(ascii: "\""))
    }

    /// The written form of `id` (`kind:key`), quoted and escaped, without building it.
    private mutating func identifier(_ id: NodeID) {
        out.append(UInt8(ascii: "\""))
        escaped(id.kind.rawValue)
        out.append(UInt8(ascii: ":"))
        escaped(id.key)
        out.append(UInt8(ascii: "\""))
    }

    /// `value` escaped, unquoted.
    private mutating func escaped(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                escape(byte)
                run = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// The escape of `byte`, a quote, a backslash or a control character.
    private mutating func escape(_ byte: UInt8) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: "u00".utf8)
            out.append(Self.hexDigits[Int(byte >> 4)])
            out.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
