/// Checking options before anything reaches Graphviz.
extension RenderOptions {
    /// Checks the style (``Style/validate()``) and ``dpi``. The user's attributes were checked
    /// when they were made (``GraphvizAttribute``).
    ///
    /// - Throws: ``StyleFileError`` for a style value, ``GraphvizAttributeError`` for a `dpi`
    ///   outside ``dpiRange``.
    public func validate() throws {
        try style.validate()
        if let dpi, !Self.dpiRange.contains(dpi) {
            throw GraphvizAttributeError(
                target: .graph, name: "dpi", value: String(dpi),
                problem: "must be from \(Self.dpiRange.lowerBound) to \(Self.dpiRange.upperBound) dots per inch")
        }
    }
}
