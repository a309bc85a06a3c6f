/// Checking a style against what Graphviz draws safely (``StyleValues``).
extension Style {
    /// Checks every value of the style: colours, shapes, line styles, the font name, sizes and
    /// counts (the rules are those of style files, see ``Style/load(from:)``).
    ///
    /// Style files are checked when they are read. A style built in code is checked by
    /// ``GraphWriter/write(_:as:options:)`` and ``HTMLReport/render(_:options:renderer:)``
    /// before anything is drawn; DOT written by ``DOTWriter`` with a style that does not pass
    /// may crash Graphviz.
    ///
    /// - Throws: ``StyleFileError`` for the first value at fault (in the order of a style file's
    ///   keys), with the key (such as `leader.fillColor`) and an empty file name.
    public func validate() throws {
        func check(_ key: String, _ problem: String?) throws {
            if let problem { throw StyleFileError(file: "", key: key, problem: problem) }
        }
        let points = "points"
        try check("fontName", StyleValues.fontNameProblem(fontName))
        try check("nodeFontSize", StyleValues.rangeProblem(nodeFontSize, StyleValues.fontSizes, unit: points))
        try check("edgeFontSize", StyleValues.rangeProblem(edgeFontSize, StyleValues.fontSizes, unit: points))
        try check("titleFontSize", StyleValues.rangeProblem(titleFontSize, StyleValues.fontSizes, unit: points))
        try check("wrapWidth", StyleValues.rangeProblem(wrapWidth, StyleValues.wrapWidths, unit: "characters (0: no wrapping)"))
        for (key, look) in [("leader", leader), ("state", state), ("agreement", agreement), ("organization", organization)] {
            try check("\(key).shape", StyleValues.shapeProblem(look.shape))
            try check("\(key).fillColor", StyleValues.colorProblem(look.fillColor))
            try check("\(key).color", StyleValues.colorProblem(look.color))
            try check("\(key).fontColor", StyleValues.colorProblem(look.fontColor))
        }
        for (key, look) in [("structuralEdge", structuralEdge), ("interactionEdge", interactionEdge), ("conflictEdge", conflictEdge)] {
            try check("\(key).color", StyleValues.colorProblem(look.color))
            try check("\(key).fontColor", StyleValues.colorProblem(look.fontColor))
            try check("\(key).lineStyle", StyleValues.lineStyleProblem(look.lineStyle))
        }
        try check("addedColor", StyleValues.colorProblem(addedColor))
        try check("removedColor", StyleValues.colorProblem(removedColor))
        try check("changedColor", StyleValues.colorProblem(changedColor))
        try check("minimumPenWidth", StyleValues.rangeProblem(minimumPenWidth, StyleValues.penWidths, unit: points))
        try check("maximumPenWidth", StyleValues.rangeProblem(
            maximumPenWidth, max(minimumPenWidth, StyleValues.penWidths.lowerBound)...StyleValues.penWidths.upperBound,
            unit: "points (at least minimumPenWidth)"))
        try check("tooltipEvidenceLimit", StyleValues.rangeProblem(tooltipEvidenceLimit, StyleValues.tooltipEvidenceLimits, unit: "sentences"))
        try check("tooltipSentenceLength", StyleValues.rangeProblem(tooltipSentenceLength, StyleValues.tooltipSentenceLengths, unit: "characters"))
    }
}
