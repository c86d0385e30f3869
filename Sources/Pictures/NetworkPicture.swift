public import Localization
internal import TextWidth

/// The network as an inline SVG: per load balancer, the internet and its gateway on top, the load
/// balancer, then its subnets in one column per Availability Zone with their route tables and
/// nodes. A link from the gateway to each subnet is green where the subnet is fine and red, dashed
/// and labelled with the finding where it is broken. Laid out in code: the same model gives the
/// same bytes.
public enum NetworkPicture {
    static let columnWidth = 300.0
    static let boxWidth = 280.0
    static let margin = 20.0
    static let lineHeight = 16.0

    public static func svg(_ model: NetworkModel, language: Language = .en) -> HTML {
        func words(_ entry: PictureText) -> String { entry.text(in: language) }
        var children: [HTML] = []
        var y = margin
        let columns = max(2, model.groups.map(\.zones.count).max() ?? 1)
        let width = margin * 2 + Double(columns) * columnWidth
        for group in model.groups {
            let (parts, height) = draw(group, top: y, width: width, language: language)
            children += parts
            y += height + margin
        }
        if model.groups.isEmpty {
            children.append(text(words(.nothingToDraw), x: margin, y: y + 20, attributes: ["class": "muted"]))
            y += 40
        }
        return .element("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "network", "role": "img", "aria-label": words(.pictureLabel),
                                 "width": width.svgText, "height": y.svgText, "viewBox": "0 0 \(width.svgText) \(y.svgText)"], children)
    }

    private static func draw(_ group: NetworkModel.Group, top: Double, width: Double, language: Language) -> ([HTML], Double) {
        func words(_ entry: PictureText) -> String { entry.text(in: language) }
        var parts: [HTML] = []
        // Links first: the boxes they join are drawn over them.
        var links: [HTML] = []
        let center = width / 2
        parts.append(text(words(.groupTitle(vpc: group.vpc, loadBalancer: group.loadBalancer)), x: margin, y: top + 14, attributes: ["class": "title"]))
        // The internet and the gateway.
        parts.append(.element("ellipse", ["cx": center.svgText, "cy": (top + 44).svgText, "rx": "70", "ry": "18", "class": "internet"]))
        parts.append(text(words(.internet), x: center, y: top + 49, attributes: ["text-anchor": "middle"]))
        let gatewayTop = top + 78
        let gatewayLabel = words(group.gateways.isEmpty ? .noInternetGatewayAttached : .internetGateways(group.gateways))
        // Wide enough for its label (12px text: about 7px a column; Japanese takes two).
        let gatewayWidth = max(240, Double(gatewayLabel.displayWidth) * 7 + 24)
        parts.append(.element("rect", ["x": (center - gatewayWidth / 2).svgText, "y": gatewayTop.svgText, "width": gatewayWidth.svgText, "height": "28", "rx": "4",
                                        "class": group.gateways.isEmpty ? "box broken" : "box gateway"]))
        parts.append(text(gatewayLabel, x: center, y: gatewayTop + 18, attributes: ["text-anchor": "middle"]))
        parts.append(.element("line", ["x1": center.svgText, "y1": (top + 62).svgText, "x2": center.svgText, "y2": gatewayTop.svgText, "class": "link"]))
        var y = gatewayTop + 46
        if let balancer = group.loadBalancer {
            let balancerWidth = max(300, Double(balancer.displayWidth) * 7 + 32)
            parts.append(.element("rect", ["x": (center - balancerWidth / 2).svgText, "y": y.svgText, "width": balancerWidth.svgText, "height": "28", "rx": "14",
                                            "class": "box balancer"]))
            parts.append(text(balancer, x: center, y: y + 18, attributes: ["text-anchor": "middle"]))
            y += 60
        }
        let zoneTop = y
        var bottom = zoneTop
        for (column, zone) in group.zones.enumerated() {
            let left = margin + Double(column) * columnWidth
            parts.append(text(zone.name ?? words(.zoneUnknown), x: left + 8, y: zoneTop + 30, attributes: ["class": "zone"]))
            var boxTop = zoneTop + 40
            for subnet in zone.subnets {
                let nodes = subnet.nodes.isEmpty && group.loadBalancer != nil ? [words(.nodeAssignedAtDeployment)] : subnet.nodes
                let tableLines = wrap(words(.routeTable(subnet.routeTable)), width: 40)
                let lines = 2 + tableLines.count + nodes.count
                let height = Double(lines) * lineHeight + 16
                let broken = subnet.problem != nil
                let anchorX = left + boxWidth / 2
                // The gateway's link to the subnet: its route out, or the finding that says there is none.
                links.append(.element("line", ["x1": center.svgText, "y1": (gatewayTop + 28).svgText, "x2": anchorX.svgText, "y2": boxTop.svgText,
                                                "class": broken ? "link broken" : "link ok"]))
                if let problem = subnet.problem {
                    // The finding's tag on the broken link, just above the subnet.
                    let tagX = anchorX + (center - anchorX) * 0.3
                    let tagY = boxTop - (boxTop - gatewayTop - 28) * 0.3
                    parts.append(.element("rect", ["x": (tagX - 30).svgText, "y": (tagY - 11).svgText, "width": "60", "height": "18", "rx": "3", "class": "tag"]))
                    parts.append(text(problem.rule, x: tagX, y: tagY + 3, attributes: ["text-anchor": "middle", "class": "tag-text"]))
                }
                parts.append(.element("rect", ["x": left.svgText, "y": boxTop.svgText, "width": boxWidth.svgText, "height": height.svgText, "rx": "6",
                                                "class": broken ? "box subnet broken" : "box subnet", "data-subnet": subnet.name]))
                var lineY = boxTop + 20
                parts.append(text(subnet.name, x: left + 10, y: lineY, attributes: ["class": "name"]))
                lineY += lineHeight
                parts.append(text(subnet.cidr ?? words(.cidrUnknown), x: left + 10, y: lineY, attributes: [:]))
                lineY += lineHeight
                for (index, line) in tableLines.enumerated() {
                    if index > 0 { lineY += lineHeight }
                    parts.append(text(line, x: left + 10, y: lineY, attributes: ["class": broken ? "bad" : "muted"]))
                }
                for node in nodes {
                    lineY += lineHeight
                    parts.append(.element("circle", ["cx": (left + 16).svgText, "cy": (lineY - 4).svgText, "r": "5", "class": broken ? "node broken" : "node"]))
                    parts.append(text(node, x: left + 28, y: lineY, attributes: ["data-node": node]))
                }
                boxTop += height + 8
                if let problem = subnet.problem {
                    for line in wrap("\(problem.rule): \(problem.message(language))", width: 44) {
                        boxTop += 14
                        parts.append(text(line, x: left, y: boxTop, attributes: ["class": "bad small"]))
                    }
                    boxTop += 8
                }
                boxTop += 8
            }
            bottom = max(bottom, boxTop)
        }
        return (links + parts, bottom - top)
    }

    private static func text(_ content: String, x: Double, y: Double, attributes: KeyValuePairs<String, String>) -> HTML {
        var all: [(String, String)] = [("x", x.svgText), ("y", y.svgText)]
        all += attributes.map { ($0.key, $0.value) }
        return HTML(node: .element(name: "text", attributes: all.map { HTML.Attribute(name: $0.0, value: $0.1) }, children: [.text(content)]))
    }

    /// Words into lines of at most `width` columns, as ``LineBreaking`` breaks them.
    static func wrap(_ text: String, width: Int) -> [String] {
        LineBreaking.lines(text, width: width)
    }
}

extension NetworkPicture {
    /// The picture with its heading, as a report section.
    public static func section(_ model: NetworkModel, language: Language = .en) -> HTML {
        .element("div", ["id": "network"], [.element("h2", text: PictureText.networkHeading.text(in: language)), svg(model, language: language)])
    }
}

extension MermaidFlowchart {
    /// The flowchart in a fenced `mermaid` block with its heading, as a Markdown section.
    public static func section(_ model: NetworkModel, language: Language = .en) -> String {
        "#### \(PictureText.networkHeading.text(in: language))\n\n" + Markdown.codeBlock(render(model, language: language), language: "mermaid")
    }
}
