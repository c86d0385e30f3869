public import ALBLogs
internal import Foundation
public import Localization
public import Pictures

/// The logs as report sections: orphaned redirects and failed TLS handshakes per 5 minutes, one
/// row per load-balancer node (the address in the files' names; one row when it is not known),
/// and what each node wrote.
public enum LogHTML {
    public static func sections(_ analysis: LogAnalysis, language: Language = .en) -> [HTML] {
        [timeline(analysis, language: language), nodes(analysis, language: language)]
    }

    static let interval: Int64 = 300_000_000

    static func timeline(_ analysis: LogAnalysis, language: Language = .en) -> HTML {
        func text(_ entry: LogReportText) -> String { entry.text(in: language) }
        // Counts per node and interval start, from every orphaned client and the TLS series.
        var orphans: [String: [Int64: Int]] = [:]
        for client in analysis.orphanRedirects.clients {
            let time = start(client.time)
            orphans[client.node ?? text(.allNodes), default: [:]][time, default: 0] += 1
        }
        var failures: [String: [Int64: Int]] = [:]
        for bucket in analysis.tlsFailures.perFiveMinutes {
            let time = start(bucket.start)
            failures[bucket.node, default: [:]][time, default: 0] += bucket.count
        }
        let first = analysis.input.firstTime.map(start)
        let last = analysis.input.lastTime.map(start)
        let starts = orphans.values.flatMap(\.keys) + failures.values.flatMap(\.keys)
        guard let low = ([first].compactMap { $0 } + starts).min(), let high = ([last].compactMap { $0 } + starts).max() else {
            return .element("div", ["id": "timeline"], [.element("h2", text: text(.timelineHeading)), .element("p", ["class": "muted"], text: text(.noEntries))])
        }
        let nodes = Set(orphans.keys).union(failures.keys).union(analysis.nodes.map(\.node)).sorted()
        let count = Int((high - low) / interval) + 1
        let peak = max(1, (orphans.values.flatMap(\.values) + failures.values.flatMap(\.values)).max() ?? 1)
        let left = 130.0, plot = 900.0, rowHeight = 64.0, barArea = 46.0
        let step = plot / Double(count)
        var parts: [HTML] = []
        for (row, node) in nodes.enumerated() {
            let top = 10 + Double(row) * rowHeight
            let base = top + barArea
            parts.append(label(node, x: 4, y: base - 16, anchor: "start"))
            parts.append(.element("line", ["x1": left.svgText, "y1": base.svgText, "x2": (left + plot).svgText, "y2": base.svgText, "class": "axis"]))
            for index in 0..<count {
                let time = low + Int64(index) * interval
                let x = left + Double(index) * step
                let width = max(1, step / 2 - 1)
                for (series, kind, offset) in [(orphans[node]?[time] ?? 0, "orphan", 0.0), (failures[node]?[time] ?? 0, "tls", step / 2)] where series > 0 {
                    let height = barArea * Double(series) / Double(peak)
                    let minute = LogTime(microseconds: time).minuteText
                    let title = kind == "orphan" ? LogReportText.orphanedRedirectsAt(node: node, time: minute, count: series) : .failedHandshakesAt(node: node, time: minute, count: series)
                    parts.append(.element("rect", ["x": (x + offset).svgText, "y": (base - height).svgText, "width": width.svgText, "height": height.svgText,
                                                    "class": "bar \(kind)", "data-node": node, "data-count": String(series)],
                                          [.element("title", text: text(title))]))
                }
            }
        }
        let axis = 10 + Double(nodes.count) * rowHeight + 14
        let ticks = stride(from: 0, to: count, by: max(1, count / 5)).map { index -> HTML in
            let stamp = LogTime(microseconds: low + Int64(index) * interval).minuteText
            // Times of day, with the date when the period spans more than one.
            let text = high - low >= 86_400_000_000 ? stamp.replacingOccurrences(of: "T", with: " ") : String(stamp.dropFirst(11))
            return label(text, x: left + Double(index) * step, y: axis, anchor: "start")
        }
        let height = axis + 24
        let svg = HTML.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "timeline", "role": "img", "aria-label": text(.timelineLabel),
                                       "width": (left + plot + 20).svgText, "height": height.svgText, "viewBox": "0 0 \((left + plot + 20).svgText) \(height.svgText)"],
                                   parts + ticks + [label(text(.axisNote(day: LogTime(microseconds: low).dayText)), x: left, y: axis + 18, anchor: "start")])
        return .element("div", ["id": "timeline"], [
            .element("h2", text: text(.timelineHeading)),
            .element("p", ["class": "muted"], [
                .text(text(.legendLead)), .element("span", ["class": "bad"], text: text(.legendOrphans)),
                .text(" · "), .element("span", ["style": "color:#bf8700"], text: text(.legendFailures)), .text(text(.tallestBar(peak))),
            ]),
            svg,
        ])
    }

    static func nodes(_ analysis: LogAnalysis, language: Language = .en) -> HTML {
        func text(_ entry: LogReportText) -> String { entry.text(in: language) }
        var orphansByNode: [String: Int] = [:]
        for client in analysis.orphanRedirects.clients { orphansByNode[client.node ?? "?", default: 0] += 1 }
        let columns: [LogReportText] = [
            .nodeColumn, .accessFilesColumn, .connectionFilesColumn, .requestsColumn, .connectionsColumn, .orphanedRedirectsColumn, .failedTLSColumn, .firstColumn, .lastColumn,
        ]
        let header = HTML.element("tr", [:], columns.map { .element("th", text: text($0)) })
        let rows = analysis.nodes.map { node in
            HTML.element("tr", ["data-node": node.node], [
                .element("th", text: node.node), .element("td", text: String(node.accessFiles)), .element("td", text: String(node.connectionFiles)),
                .element("td", text: String(node.accessEntries)), .element("td", text: String(node.connectionEntries)),
                .element("td", (orphansByNode[node.node] ?? 0) > 0 ? ["class": "fail"] : [:], text: String(orphansByNode[node.node] ?? 0)),
                .element("td", (analysis.tlsFailures.byNode[node.node] ?? 0) > 0 ? ["class": "warn"] : [:], text: String(analysis.tlsFailures.byNode[node.node] ?? 0)),
                .element("td", text: node.firstTime?.description ?? "—"), .element("td", text: node.lastTime?.description ?? "—"),
            ])
        }
        let input = analysis.input
        return .element("div", ["id": "nodes"], [
            .element("h2", text: text(.nodesHeading)),
            .element("p", ["class": "muted"], text: text(.nodesSummary(
                files: input.files, lines: input.lines, requests: input.accessEntries, connections: input.connectionEntries, malformed: input.malformedLines))),
            .element("table", [:], [header] + rows),
        ])
    }

    /// The start of the 5-minute interval an instant falls in.
    private static func start(_ time: LogTime) -> Int64 { time.floored(to: interval).microseconds }

    private static func label(_ text: String, x: Double, y: Double, anchor: String) -> HTML {
        .element("text", ["x": x.svgText, "y": y.svgText, "text-anchor": anchor], text: text)
    }
}
