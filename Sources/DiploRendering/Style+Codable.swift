import Foundation

/// Style files: JSON that overrides any subset of ``Style/default``.
extension Style: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case fontName, nodeFontSize, edgeFontSize, titleFontSize, wrapWidth
        case leader, state, agreement, organization
        case structuralEdge, interactionEdge, conflictEdge
        case addedColor, removedColor, changedColor
        case minimumPenWidth, maximumPenWidth, tooltipEvidenceLimit, tooltipSentenceLength
    }

    /// Reads a style file: a JSON object whose keys override those of ``Style/default``; keys
    /// left out keep their default.
    ///
    /// The format, with every key and its default value (any subset may be given):
    ///
    /// ```json
    /// {
    ///   "fontName": "Helvetica",
    ///   "nodeFontSize": 11, "edgeFontSize": 9, "titleFontSize": 14,
    ///   "wrapWidth": 24,
    ///   "leader":       {"shape": "ellipse", "fillColor": "#fff2cc", "color": "#b58900", "fontColor": "#1a1a1a"},
    ///   "state":        {"shape": "box",     "fillColor": "#dae8fc", "color": "#2f5597", "fontColor": "#1a1a1a"},
    ///   "agreement":    {"shape": "note",    "fillColor": "#e2f0d9", "color": "#548235", "fontColor": "#1a1a1a"},
    ///   "organization": {"shape": "hexagon", "fillColor": "#ede2f6", "color": "#7030a0", "fontColor": "#1a1a1a"},
    ///   "structuralEdge":  {"color": "#8c8c8c", "fontColor": "#8c8c8c", "lineStyle": "dashed"},
    ///   "interactionEdge": {"color": "#404040", "fontColor": "#404040", "lineStyle": "solid"},
    ///   "conflictEdge":    {"color": "#c00000", "fontColor": "#c00000", "lineStyle": "solid"},
    ///   "addedColor": "#2e7d32", "removedColor": "#c62828", "changedColor": "#e67e00",
    ///   "minimumPenWidth": 1, "maximumPenWidth": 4,
    ///   "tooltipEvidenceLimit": 3, "tooltipSentenceLength": 200
    /// }
    /// ```
    ///
    /// For example `{"state": {"fillColor": "#ffe0e0"}}` paints states pink and changes nothing
    /// else. Every value is checked before anything is drawn (``validate()``), because Graphviz
    /// trusts its attributes (a colour `red;` crashes it, a font name reaches the SVG unescaped):
    /// - colours are `#rrggbb`, `#rrggbbaa` or a name of Graphviz's X11 scheme (`navy`,
    ///   `gray50`, `transparent`; any case), nothing else;
    /// - shapes are Graphviz polygon shapes (`box`, `ellipse`, `note`, `hexagon`, `diamond`, …;
    ///   not `record`, `Mrecord` or `epsf`); line styles are `solid`, `dashed`, `dotted` or `bold`;
    /// - `fontName` is up to 100 letters, digits, spaces, `-` and `,` (`DejaVu Sans`);
    /// - font sizes are 1 to 200 points, `wrapWidth` 0 to 1000, pen widths 0.1 to 20 points
    ///   (the maximum at least the minimum), `tooltipEvidenceLimit` 0 to 100 and
    ///   `tooltipSentenceLength` 2 to 3000.
    ///
    /// An edge class's `fontColor` follows its `color` unless it is given too. Encoding a
    /// ``Style`` gives a complete file.
    ///
    /// - Parameter url: The file to read.
    /// - Returns: The default style with the file's overrides.
    /// - Throws: ``StyleFileError`` naming the key at fault: an unknown key (with the known ones),
    ///   a value of the wrong type, a value the rules above refuse, or a file that cannot be read
    ///   or is not a JSON object.
    public static func load(from url: URL) throws -> Style {
        let name = url.isFileURL ? url.path : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StyleFileError(file: name, key: "", problem: "cannot read the style file (\(error.localizedDescription))")
        }
        return try load(json: data, file: name)
    }

    /// Reads a style from the JSON text of a style file (see ``load(from:)``).
    ///
    /// - Parameters:
    ///   - data: The JSON text.
    ///   - file: The name used in error messages.
    /// - Returns: The default style with the overrides.
    /// - Throws: ``StyleFileError`` naming the key at fault.
    public static func load(json data: Data, file: String = "style") throws -> Style {
        do {
            return try JSONDecoder().decode(Style.self, from: data)
        } catch let error as StyleFileError {
            throw StyleFileError(file: file, key: error.key, problem: error.problem)
        } catch let error as DecodingError {
            throw StyleFileError(file: file, decoding: error)
        } catch {
            throw StyleFileError(file: file, key: "", problem: "not valid JSON (\(error.localizedDescription))")
        }
    }

    /// Decodes a (possibly partial) style over ``Style/default``; rejects unknown keys.
    public init(from decoder: any Decoder) throws {
        try StyleKeys.rejectUnknown(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let base = Style.default
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try c.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        func node(_ key: CodingKeys, _ fallback: NodeStyle) throws -> NodeStyle {
            try c.decodeIfPresent(NodeStyleOverride.self, forKey: key)?.applied(to: fallback) ?? fallback
        }
        func edge(_ key: CodingKeys, _ fallback: EdgeStyle) throws -> EdgeStyle {
            try c.decodeIfPresent(EdgeStyleOverride.self, forKey: key)?.applied(to: fallback) ?? fallback
        }
        self.init(
            fontName: try value(.fontName, base.fontName),
            nodeFontSize: try value(.nodeFontSize, base.nodeFontSize),
            edgeFontSize: try value(.edgeFontSize, base.edgeFontSize),
            titleFontSize: try value(.titleFontSize, base.titleFontSize),
            wrapWidth: try value(.wrapWidth, base.wrapWidth),
            leader: try node(.leader, base.leader),
            state: try node(.state, base.state),
            agreement: try node(.agreement, base.agreement),
            organization: try node(.organization, base.organization),
            structuralEdge: try edge(.structuralEdge, base.structuralEdge),
            interactionEdge: try edge(.interactionEdge, base.interactionEdge),
            conflictEdge: try edge(.conflictEdge, base.conflictEdge),
            addedColor: try value(.addedColor, base.addedColor),
            removedColor: try value(.removedColor, base.removedColor),
            changedColor: try value(.changedColor, base.changedColor),
            minimumPenWidth: try value(.minimumPenWidth, base.minimumPenWidth),
            maximumPenWidth: try value(.maximumPenWidth, base.maximumPenWidth),
            tooltipEvidenceLimit: try value(.tooltipEvidenceLimit, base.tooltipEvidenceLimit),
            tooltipSentenceLength: try value(.tooltipSentenceLength, base.tooltipSentenceLength)
        )
        do {
            try validate()
        } catch let error as StyleFileError {
            throw StyleFileError(file: "", key: StyleKeys.path(decoder.codingPath, error.key), problem: error.problem)
        }
    }

    /// Encodes every key, so that the result is a complete style file.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fontName, forKey: .fontName)
        try c.encode(nodeFontSize, forKey: .nodeFontSize)
        try c.encode(edgeFontSize, forKey: .edgeFontSize)
        try c.encode(titleFontSize, forKey: .titleFontSize)
        try c.encode(wrapWidth, forKey: .wrapWidth)
        try c.encode(leader, forKey: .leader)
        try c.encode(state, forKey: .state)
        try c.encode(agreement, forKey: .agreement)
        try c.encode(organization, forKey: .organization)
        try c.encode(structuralEdge, forKey: .structuralEdge)
        try c.encode(interactionEdge, forKey: .interactionEdge)
        try c.encode(conflictEdge, forKey: .conflictEdge)
        try c.encode(addedColor, forKey: .addedColor)
        try c.encode(removedColor, forKey: .removedColor)
        try c.encode(changedColor, forKey: .changedColor)
        try c.encode(minimumPenWidth, forKey: .minimumPenWidth)
        try c.encode(maximumPenWidth, forKey: .maximumPenWidth)
        try c.encode(tooltipEvidenceLimit, forKey: .tooltipEvidenceLimit)
        try c.encode(tooltipSentenceLength, forKey: .tooltipSentenceLength)
    }
}

/// The part of a node style a style file gives.
private struct NodeStyleOverride: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case shape, fillColor, color, fontColor }
    var shape: String?
    var fillColor: String?
    var color: String?
    var fontColor: String?

    init(from decoder: any Decoder) throws {
        try StyleKeys.rejectUnknown(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        shape = try c.decodeIfPresent(String.self, forKey: .shape)
        fillColor = try c.decodeIfPresent(String.self, forKey: .fillColor)
        color = try c.decodeIfPresent(String.self, forKey: .color)
        fontColor = try c.decodeIfPresent(String.self, forKey: .fontColor)
    }

    func applied(to base: Style.NodeStyle) -> Style.NodeStyle {
        Style.NodeStyle(shape: shape ?? base.shape, fillColor: fillColor ?? base.fillColor,
                        color: color ?? base.color, fontColor: fontColor ?? base.fontColor)
    }
}

/// The part of an edge style a style file gives.
private struct EdgeStyleOverride: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case color, fontColor, lineStyle }
    var color: String?
    var fontColor: String?
    var lineStyle: String?

    init(from decoder: any Decoder) throws {
        try StyleKeys.rejectUnknown(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        color = try c.decodeIfPresent(String.self, forKey: .color)
        fontColor = try c.decodeIfPresent(String.self, forKey: .fontColor)
        lineStyle = try c.decodeIfPresent(String.self, forKey: .lineStyle)
    }

    func applied(to base: Style.EdgeStyle) -> Style.EdgeStyle {
        Style.EdgeStyle(color: color ?? base.color, fontColor: fontColor ?? color ?? base.fontColor,
                        lineStyle: lineStyle ?? base.lineStyle)
    }
}

/// Helpers shared by the style decoders.
private enum StyleKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws for the first key (in sorted order) of the object being decoded that is not `known`.
    static func rejectUnknown(in decoder: any Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
        if let first = unknown.first {
            throw StyleFileError(
                file: "", key: path(decoder.codingPath, first),
                problem: "unknown key (known keys here: \(known.joined(separator: ", ")))")
        }
    }

    /// `leader.fillColor` from a coding path and a last key.
    static func path(_ codingPath: [any CodingKey], _ last: String) -> String {
        (codingPath.map(\.stringValue) + [last]).joined(separator: ".")
    }
}

extension StyleFileError {
    /// The error for a `DecodingError` from a style file, naming the key.
    init(file: String, decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .typeMismatch(type, context):
            self.init(file: file, key: path(context.codingPath), problem: "expected \(Self.describe(type))")
        case let .valueNotFound(type, context):
            self.init(file: file, key: path(context.codingPath), problem: "expected \(Self.describe(type)), found null")
        case let .keyNotFound(key, context):
            self.init(file: file, key: path(context.codingPath + [key]), problem: "required key is missing")
        case let .dataCorrupted(context):
            let underlying = (context.underlyingError as NSError?)?.localizedDescription
            let problem = context.codingPath.isEmpty
                ? "not valid JSON (\(underlying ?? context.debugDescription))"
                : context.debugDescription
            self.init(file: file, key: path(context.codingPath), problem: problem)
        @unknown default:
            self.init(file: file, key: "", problem: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        default: return "a JSON object"
        }
    }
}
