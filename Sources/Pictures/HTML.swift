/// A typed HTML/SVG tree that renders to text with every text and attribute value escaped, so a
/// name from a template, a log, a certificate or DNS can never become markup. Written here rather
/// than taken from a library: the HTML builders at hand escape text but not attribute values and
/// have no SVG elements. Element and attribute names come from code, never from input.
public struct HTML: Sendable, Hashable {
    enum Node: Sendable, Hashable {
        case element(name: String, attributes: [Attribute], children: [HTML])
        case text(String)
    }

    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    let node: Node

    /// An element; attributes keep the order given, so the same input gives the same bytes.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [HTML] = []) -> HTML {
        HTML(node: .element(name: name, attributes: attributes.map { Attribute(name: $0.key, value: $0.value) }, children: children))
    }

    /// An element with one text child.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> HTML {
        element(name, attributes, [.text(text)])
    }

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTML { HTML(node: .text(text)) }

    /// HTML elements that have no end tag.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col"]

    /// The markup.
    public func render() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch node {
        case .text(let text):
            out += HTML.escape(text, quotes: false)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for attribute in attributes { out += " \(attribute.name)=\"" + HTML.escape(attribute.value, quotes: true) + "\"" }
            out += ">"
            if HTML.voidElements.contains(name) { return }
            for child in children { child.write(to: &out) }
            out += "</\(name)>"
        }
    }

    /// `&`, `<`, `>` (and in attribute values `"` and `'`) as character references.
    public static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

extension Double {
    /// A coordinate as SVG wants it: at most one decimal, no exponent, same text for the same value.
    public var svgText: String {
        let tenths = Int((self * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
