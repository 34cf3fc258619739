/// Inline SVG charts for the HTML report: quotations per speaker stacked by outlet, and a speaker × source
/// matrix. Every label is escaped; the charts scale with the page width (viewBox).
enum ReportCharts {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                          "#bcbd22", "#17becf"]

    /// The outlets in a stable order, each with its colour.
    static func outletColours(_ report: AttributionReport) -> [(String, String)] {
        var outlets: [String] = []
        for source in report.sources {
            let label = AttributionReport.sourceLabel(outlet: source.outlet, path: source.path)
            if !outlets.contains(label) { outlets.append(label) }
        }
        return outlets.enumerated().map { ($1, palette[$0 % palette.count]) }
    }

    /// Horizontal bars, one per speaker (at most `limit`), split by outlet.
    static func quotationsPerSpeaker(_ report: AttributionReport, limit: Int = 20) -> String {
        let speakers = Array(report.speakers.prefix(limit))
        guard let most = speakers.map(\.quotations).max(), most > 0 else { return "<p>No attributed quotations.</p>" }
        let colours = outletColours(report)
        let labelWidth = 190.0, barWidth = 440.0, rowHeight = 24.0
        let totalWidth = labelWidth + barWidth + 50
        // The legend wraps onto as many rows as it needs.
        var legend: [(String, String, Double, Double)] = []
        var legendX = labelWidth, legendRow = 0.0
        for (outlet, colour) in colours {
            let itemWidth = 14 + Double(outlet.count) * 7 + 16
            if legendX + itemWidth > totalWidth && legendX > labelWidth { legendX = labelWidth; legendRow += 1 }
            legend.append((outlet, colour, legendX, legendRow))
            legendX += itemWidth
        }
        let height = Double(speakers.count) * rowHeight + 40 + legendRow * 18
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Quotations per speaker, by outlet\" "
            + "style=\"max-width:\(Int(totalWidth))px\" "
            + "viewBox=\"0 0 \(Int(totalWidth)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (row, speaker) in speakers.enumerated() {
            let y = Double(row) * rowHeight + 4
            svg += "<text x=\"\(Int(labelWidth - 8))\" y=\"\(Int(y + 15))\" text-anchor=\"end\">\(ReportText.html(speaker.name))</text>"
            var x = labelWidth
            for (outlet, colour) in colours {
                guard let count = speaker.quotationsByOutlet[outlet], count > 0 else { continue }
                let width = barWidth * Double(count) / Double(most)
                svg += "<rect x=\"\(format(x))\" y=\"\(Int(y))\" width=\"\(format(width))\" height=\"18\" fill=\"\(colour)\">"
                    + "<title>\(ReportText.html(outlet)): \(count)</title></rect>"
                x += width
            }
            svg += "<text x=\"\(format(x + 6))\" y=\"\(Int(y + 15))\">\(speaker.quotations)</text>"
        }
        for (outlet, colour, x, row) in legend {
            let y = Double(speakers.count) * rowHeight + 22 + row * 18
            svg += "<rect x=\"\(format(x))\" y=\"\(Int(y - 10))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
                + "<text x=\"\(format(x + 14))\" y=\"\(Int(y))\">\(ReportText.html(outlet))</text>"
        }
        return svg + "</svg>"
    }

    /// A grid of speakers (rows) by sources (columns); each cell's shade is the number of quotations.
    static func speakerSourceMatrix(_ report: AttributionReport, limit: Int = 20) -> String {
        let speakers = Array(report.speakers.prefix(limit))
        let columns = outletColours(report).map(\.0)
        guard !speakers.isEmpty, !columns.isEmpty else { return "" }
        let most = max(1, speakers.flatMap { $0.quotationsByOutlet.values }.max() ?? 1)
        let labelWidth = 190.0, cell = 34.0, header = 130.0
        let width = labelWidth + cell * Double(columns.count) + 150
        let height = header + cell * Double(speakers.count) + 10
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Quotations per speaker and source\" "
            + "style=\"max-width:\(Int(width))px\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (index, column) in columns.enumerated() {
            let x = labelWidth + cell * Double(index) + cell / 2
            svg += "<text transform=\"translate(\(format(x)),\(Int(header - 6))) rotate(-45)\">\(ReportText.html(column))</text>"
        }
        for (row, speaker) in speakers.enumerated() {
            let y = header + cell * Double(row)
            svg += "<text x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + cell / 2 + 5))\" text-anchor=\"end\">\(ReportText.html(speaker.name))</text>"
            for (index, column) in columns.enumerated() {
                let count = speaker.quotationsByOutlet[column] ?? 0
                let x = labelWidth + cell * Double(index)
                let opacity = count == 0 ? 0.06 : 0.25 + 0.75 * Double(count) / Double(most)
                svg += "<rect x=\"\(format(x + 2))\" y=\"\(format(y + 2))\" width=\"\(format(cell - 4))\" height=\"\(format(cell - 4))\" "
                    + "fill=\"#1f4e79\" fill-opacity=\"\(format(opacity))\"><title>\(ReportText.html(speaker.name)) in "
                    + "\(ReportText.html(column)): \(count)</title></rect>"
                if count > 0 {
                    svg += "<text x=\"\(format(x + cell / 2))\" y=\"\(format(y + cell / 2 + 5))\" text-anchor=\"middle\" "
                        + "class=\"cell\">\(count)</text>"
                }
            }
        }
        return svg + "</svg>"
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
