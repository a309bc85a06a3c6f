/// DOT text being written: UTF-8 bytes in one growing buffer, so that writing a statement makes
/// no intermediate strings, and the quoting of ``DOTEscaping`` copies the text straight in.
struct DOTText {
    /// The text so far.
    private var bytes: [UInt8] = []
    /// Whether the attribute list being written (``openAttributes()``) has no attribute yet.
    private var attributeListIsEmpty = true
    /// The user's attributes for the list being written (``openAttributes(overriding:)``), one
    /// per name, and whether each has been written yet.
    private var overrides: [(attribute: GraphvizAttribute, written: Bool)] = []

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is (DOT syntax, or text that is already quoted).
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `text` as a double-quoted DOT string, escaped for `context`.
    mutating func appendQuoted(_ text: String, _ context: DOTEscaping.Context = .id) {
        DOTEscaping.appendQuoted(text, context, to: &bytes)
    }

    /// Appends `text` escaped for `context`, without quotes (inside a value opened with
    /// ``openQuotedAttribute(_:)``).
    mutating func appendEscaped(_ text: String, _ context: DOTEscaping.Context) {
        DOTEscaping.appendEscaped(text, context, to: &bytes)
    }

    /// Appends ``DOTEscaping/truncated(_:to:)`` of `text`, escaped for `context`, without quotes.
    mutating func appendEscapedTruncation(of text: String, to limit: Int, _ context: DOTEscaping.Context) {
        DOTEscaping.appendTruncated(text, to: limit, context, to: &bytes)
    }

    /// Starts an attribute list: `[`.
    ///
    /// - Parameter overriding: The user's attributes (`-G`, `-N`, `-E`) for this list, one per
    ///   name: each is written instead of the writer's own value of that name
    ///   (``attribute(_:_:_:)``), or added at the end (``closeAttributes()``).
    mutating func openAttributes(overriding: [GraphvizAttribute] = []) {
        bytes.append(UInt8(ascii: "["))
        attributeListIsEmpty = true
        overrides = overriding.map { ($0, false) }
    }

    /// Appends `name="value"` (`value` escaped for `context`) to the open attribute list, or
    /// the user's value of `name` when the list overrides it.
    mutating func attribute(_ name: String, _ value: String, _ context: DOTEscaping.Context = .id) {
        appendAttributeName(name)
        if !overrides.isEmpty, let index = overrides.firstIndex(where: { $0.attribute.name == name }) {
            overrides[index].written = true
            appendQuoted(overrides[index].attribute.value)
            return
        }
        appendQuoted(value, context)
    }

    /// Appends `name=value` to the open attribute list, `value` written as it is (an HTML-like
    /// `<…>` label, or a value already quoted).
    mutating func attribute(_ name: String, unquoted value: String) {
        appendAttributeName(name)
        append(value)
    }

    /// Appends `name="` to the open attribute list: the value follows, escaped piece by piece
    /// (``appendEscaped(_:_:)``), then ``closeQuotedAttribute()``.
    mutating func openQuotedAttribute(_ name: String) {
        appendAttributeName(name)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Ends a value opened with ``openQuotedAttribute(_:)``: `"`.
    mutating func closeQuotedAttribute() {
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a whole attribute list `[a="x", b="y"]` of values escaped as identifiers, in the
    /// order given, with the user's attributes `overriding` them (``openAttributes(overriding:)``).
    mutating func attributeList(_ attributes: KeyValuePairs<String, String>, overriding: [GraphvizAttribute] = []) {
        openAttributes(overriding: overriding)
        for (name, value) in attributes { attribute(name, value) }
        closeAttributes()
    }

    /// Ends the attribute list, after the user's attributes that replaced none of the writer's
    /// own: `]`.
    mutating func closeAttributes() {
        for (attribute, written) in overrides where !written {
            appendAttributeName(attribute.name)
            appendQuoted(attribute.value)
        }
        overrides = []
        bytes.append(UInt8(ascii: "]"))
    }

    /// `, name=` (no comma before the first attribute of a list).
    private mutating func appendAttributeName(_ name: String) {
        if !attributeListIsEmpty { append(", ") }
        attributeListIsEmpty = false
        append(name)
        bytes.append(UInt8(ascii: "="))
    }
}
