/// What a style value may be: only what Graphviz draws safely, checked before any value reaches
/// libgvc (``Style/validate()``).
///
/// Graphviz 2.4x trusts its attribute values. A fill colour `red;` (a colour list with an empty
/// weight) crashes libgvc, and a font name is written into the SVG's `font-family` without
/// escaping, so `Helvetica"/><script>…` would put a script into the picture. The rules:
///
/// - **Colours**: `#rrggbb`, `#rrggbbaa` (hexadecimal digits), or one of the colour names of
///   Graphviz's default X11 scheme (``colorNames``: `navy`, `gray50`, `transparent`, …; any case).
///   No colour lists (`red:blue`), weights (`red;0.3`), HSV triples or `/scheme/name` forms.
/// - **Shapes**: Graphviz's polygon shapes (``shapes``); no `record`, `Mrecord` or `epsf`, whose
///   labels and files Graphviz would interpret.
/// - **Line styles**: `solid`, `dashed`, `dotted`, `bold`.
/// - **Font names**: 1 to 100 characters, letters, digits, spaces, `-` and `,` only
///   (`DejaVu Sans`, `Helvetica-Bold`, `Noto Sans,Arial`), with at least one letter.
/// - **Numbers**: font sizes ``fontSizes`` points, wrap width ``wrapWidths`` characters, pen
///   widths ``penWidths`` points, at most ``tooltipEvidenceLimits`` sentences per tooltip of
///   ``tooltipSentenceLengths`` characters each.
enum StyleValues {
    /// Font sizes in points: large enough for a poster, small enough that a bitmap of a few
    /// hundred labels stays within what cairo can allocate.
    static let fontSizes = 1...200
    /// Node labels wrap at this many characters; 0 never wraps.
    static let wrapWidths = 0...1000
    /// Pen widths of edges, in points (the minimum must be in the range too).
    static let penWidths: ClosedRange<Double> = 0.1...20
    /// How many sentences a tooltip quotes.
    static let tooltipEvidenceLimits = 0...100
    /// How many characters of a sentence a tooltip quotes (a tooltip as a whole is capped at
    /// ``DrawingLimits/tooltipBytes``).
    static let tooltipSentenceLengths = 2...DrawingLimits.tooltipBytes
    /// The longest font name, in characters.
    static let fontNameLength = 100

    /// The node shapes a style may use: Graphviz's polygon-based shapes.
    static let shapes: Set<String> = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
        "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
        "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
        "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
        "cylinder", "note", "tab", "folder", "box3d", "component", "promoter", "cds", "terminator",
        "utr", "primersite", "restrictionsite", "fivepoverhang", "threepoverhang", "noverhang",
        "assembly", "signature", "insulator", "ribosite", "rnastab", "proteasesite", "proteinstab",
        "rpromoter", "rarrow", "larrow", "lpromoter",
    ]
    /// A few shapes, for error messages.
    static let shapeExamples = "box, ellipse, circle, diamond, hexagon, octagon, note, tab, folder, cylinder, star"

    /// The line styles an edge class may have.
    static let lineStyles: Set<String> = ["solid", "dashed", "dotted", "bold"]

    /// What is wrong with `value` as a colour, or `nil` if Graphviz draws it safely.
    static func colorProblem(_ value: String) -> String? {
        if isHexColor(value) || colorNames.contains(value.lowercased()) { return nil }
        return "not a Graphviz colour: \(quotedForMessage(value)) (use #rrggbb, #rrggbbaa or a colour name such as navy or gray50)"
    }

    /// What is wrong with `value` as a node shape, or `nil`.
    static func shapeProblem(_ value: String) -> String? {
        shapes.contains(value) ? nil : "unknown Graphviz shape \(quotedForMessage(value)) (for example: \(shapeExamples))"
    }

    /// What is wrong with `value` as a line style, or `nil`.
    static func lineStyleProblem(_ value: String) -> String? {
        lineStyles.contains(value)
            ? nil : "unknown line style \(quotedForMessage(value)) (one of: \(lineStyles.sorted().joined(separator: ", ")))"
    }

    /// What is wrong with `value` as a font name, or `nil`.
    static func fontNameProblem(_ value: String) -> String? {
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar == " " || scalar == "-" || scalar == "," || isLetterOrDigit(scalar)
        }
        let hasLetter = value.unicodeScalars.contains { isLetterOrDigit($0) && !("0"..."9").contains($0) }
        guard allowed, hasLetter, value.count <= fontNameLength else {
            return "not a safe font name: \(quotedForMessage(value)) (up to \(fontNameLength) letters, digits, spaces, '-' and ',', such as DejaVu Sans)"
        }
        return nil
    }

    /// What is wrong with `value` for a number that must lie in `range`, or `nil`.
    static func rangeProblem<Number: Comparable & CustomStringConvertible>(_ value: Number, _ range: ClosedRange<Number>, unit: String) -> String? {
        range.contains(value) ? nil : "must be from \(range.lowerBound) to \(range.upperBound) \(unit), not \(value)"
    }

    /// Whether `value` is `#` and six or eight hexadecimal digits.
    private static func isHexColor(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.first == UInt8(ascii: "#"), bytes.count == 7 || bytes.count == 9 else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }

    /// Whether `scalar` is a letter (general category L) or a decimal digit.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// `value` in double quotes for an error message: at most 40 characters, control characters
    /// shown as `?`, so that the message stays one short line.
    static func quotedForMessage(_ value: String) -> String {
        var shown = ""
        for character in value.prefix(40) {
            shown += character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : String(character)
        }
        return "\"\(shown)\(value.count > 40 ? "…" : "")\""
    }
}
