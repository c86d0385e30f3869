internal import Addresses
internal import Foundation
internal import HCL
internal import Localization
internal import Topology

/// The built-in functions network code calls. An unknown argument gives an unknown result; a
/// function albdoctor does not implement is unknown, naming it.
enum Functions {
    static func call(_ name: String, _ expressions: [HCL.Expression], expandsLast: Bool, scope: [String: TerraformValue], evaluator: Evaluator, at position: Position) -> TerraformValue {
        // `try` and `can` see failures instead of passing them on.
        if name == "try" {
            var last: TerraformValue = .failure(.tryWithoutArgument(position: "\(position)"))
            for expression in expressions {
                let value = evaluator.evaluate(expression, scope)
                if case .failure = value { last = value; continue }
                return value
            }
            return last
        }
        if name == "can" {
            guard let first = expressions.first else { return .failure(.canWithoutArgument(position: "\(position)")) }
            let value = evaluator.evaluate(first, scope)
            if case .failure = value { return .bool(false) }
            if case .unknown = value { return value }
            return .bool(true)
        }
        var arguments = expressions.map { evaluator.evaluate($0, scope) }
        if expandsLast, let last = arguments.popLast() {
            if last.unknownReason != nil { return last }
            guard let items = last.elements else { return .failure(.expandNotList(value: last.display, position: "\(position)")) }
            arguments += items
        }
        if let unknown = TerraformValue.firstUnknown(arguments) { return unknown }
        let result = apply(name, arguments)
        if case .failure(let reason) = result { return .failure(.inFunction(name: name, position: "\(position)", reason: reason)) }
        return result
    }

    private static func strings(_ value: TerraformValue) -> [String]? {
        value.elements.flatMap { items in
            let texts = items.compactMap(\.text)
            return texts.count == items.count ? texts : nil
        }
    }

    private static func apply(_ name: String, _ args: [TerraformValue]) -> TerraformValue {
        func arg(_ index: Int) -> TerraformValue { index < args.count ? args[index] : .null }
        func int(_ index: Int) -> Int? { arg(index).number.map { Int($0) } }
        switch name {
        case "length":
            switch arg(0) {
            case .list(let items): return .number(Double(items.count))
            case .object(let members): return .number(Double(members.count))
            case .string(let text): return .number(Double(text.count))
            default: return .failure(.ofValue(function: "length", value: arg(0).display))
            }
        case "element":
            guard let items = arg(0).elements, !items.isEmpty, let index = int(1) else { return .failure(.elementNeedsList) }
            if arg(0).holdsUnorderedEndpoints { return .unknown(Evaluator.unorderedEndpoints(at: nil)) }
            return items[((index % items.count) + items.count) % items.count]
        case "concat":
            var result: [TerraformValue] = []
            for value in args {
                guard let items = value.elements else { return value.unknownReason != nil ? value : .failure(.ofValue(function: "concat", value: value.display)) }
                result += items
            }
            return .list(result)
        case "flatten":
            func flat(_ value: TerraformValue) -> [TerraformValue] {
                if case .list(let items) = value { return items.flatMap(flat) }
                return [value]
            }
            guard case .list = arg(0) else { return arg(0).unknownReason != nil ? arg(0) : .failure(.ofValue(function: "flatten", value: arg(0).display)) }
            return .list(flat(arg(0)))
        case "compact":
            guard let items = arg(0).elements else { return arg(0) }
            return .list(items.filter { $0 != .null && $0 != .string("") })
        case "distinct":
            guard let items = arg(0).elements else { return arg(0) }
            var seen: [TerraformValue] = []
            for item in items where !seen.contains(item) { seen.append(item) }
            return .list(seen)
        case "tolist": return arg(0).elements.map { .list($0) } ?? arg(0)
        case "toset":
            guard let items = arg(0).elements else { return arg(0) }
            var seen: [TerraformValue] = []
            for item in items where !seen.contains(item) { seen.append(item) }
            if let texts = strings(.list(seen)), !seen.contains(where: { $0.unknownReason != nil }) { return .list(texts.sorted().map { .string($0) }) }
            return .list(seen)
        case "tomap": if case .object = arg(0) { return arg(0) } else { return .failure(.ofValue(function: "tomap", value: arg(0).display)) }
        case "tostring": return arg(0).text.map { .string($0) } ?? .failure(.ofValue(function: "tostring", value: arg(0).display))
        case "tonumber": return arg(0).number.map { .number($0) } ?? .failure(.ofValue(function: "tonumber", value: arg(0).display))
        case "lookup":
            guard case .object(let members) = arg(0) else { return arg(0).unknownReason != nil ? arg(0) : .failure(.searchIn(function: "lookup", value: arg(0).display)) }
            guard let key = arg(1).text else { return .failure(.lookupKey(value: arg(1).display)) }
            if let member = members[key] { return member }
            return args.count > 2 ? arg(2) : .failure(.lookupMissingKey(key: key))
        case "merge":
            var result: [String: TerraformValue] = [:]
            for value in args {
                if value == .null { continue }
                guard case .object(let members) = value else { return value.unknownReason != nil ? value : .failure(.ofValue(function: "merge", value: value.display)) }
                result.merge(members) { _, new in new }
            }
            return .object(result)
        case "zipmap":
            guard let keys = strings(arg(0)), let values = arg(1).elements, keys.count == values.count else { return .failure(.zipmapNeedsLists) }
            return .object(Dictionary(zip(keys, values), uniquingKeysWith: { _, last in last }))
        case "keys":
            guard case .object(let members) = arg(0) else { return .failure(.ofValue(function: "keys", value: arg(0).display)) }
            return .list(members.keys.sorted().map { .string($0) })
        case "values":
            guard case .object = arg(0), let items = arg(0).elements else { return .failure(.ofValue(function: "values", value: arg(0).display)) }
            return .list(items)
        case "format": return format(args)
        case "join":
            guard let separator = arg(0).text else { return .failure(.joinSeparator(value: arg(0).display)) }
            var pieces: [String] = []
            for list in args.dropFirst() {
                guard let texts = strings(list) else { return .failure(.ofValue(function: "join", value: list.display)) }
                pieces += texts
            }
            return .string(pieces.joined(separator: separator))
        case "split":
            guard let separator = arg(0).text, let text = arg(1).text, !separator.isEmpty else { return .failure(.needsTwoStrings(function: "split")) }
            return .list(text.components(separatedBy: separator).map { .string($0) })
        case "slice":
            guard let items = arg(0).elements, let start = int(1), let end = int(2), start >= 0, start <= end, end <= items.count else { return .failure(.sliceOutOfRange) }
            return .list(Array(items[start..<end]))
        case "coalesce":
            for value in args where value != .null && value != .string("") { return value }
            return .failure(.coalesceFoundNone)
        case "coalescelist":
            for value in args { if let items = value.elements, !items.isEmpty { return value } }
            return .list([])
        case "min", "max":
            let numbers = args.compactMap(\.number)
            guard numbers.count == args.count, !numbers.isEmpty else { return .failure(.functionNeedsNumbers(function: name)) }
            return .number(name == "min" ? numbers.min() ?? 0 : numbers.max() ?? 0)
        case "range":
            let numbers = args.compactMap(\.number)
            guard numbers.count == args.count, (1...3).contains(numbers.count) else { return .failure(.rangeNeedsNumbers) }
            let start = numbers.count == 1 ? 0 : numbers[0]
            let end = numbers.count == 1 ? numbers[0] : numbers[1]
            let step = numbers.count == 3 ? numbers[2] : (end >= start ? 1 : -1)
            guard step != 0, abs((end - start) / step) <= 1024 else { return .failure(.rangeTooLong) }
            return .list(Array(stride(from: start, to: end, by: step)).map { .number($0) })
        case "cidrsubnet":
            guard let text = arg(0).text, let network = IPv4Network(text), let bits = int(1), let number = int(2) else { return .failure(.cidrsubnetNeeds) }
            let prefix = network.prefixLength + bits
            guard bits >= 0, prefix <= 32, number >= 0, UInt64(number) < UInt64(1) << UInt64(bits) else { return .failure(.cidrsubnetDoesNotFit(prefix: text, bits: bits, number: number)) }
            let address = UInt64(network.address) + UInt64(number) << UInt64(32 - prefix)
            return .string(IPv4Network(address: UInt32(truncatingIfNeeded: address), prefixLength: prefix).description)
        case "cidrsubnets":
            guard let text = arg(0).text, let network = IPv4Network(text) else { return .failure(.cidrsubnetsNeeds) }
            var next = UInt64(network.address)
            var result: [TerraformValue] = []
            for value in args.dropFirst() {
                guard let bits = value.number.map({ Int($0) }), bits >= 0, network.prefixLength + bits <= 32 else { return .failure(.cidrsubnetsBitsOutOfRange) }
                let size = UInt64(1) << UInt64(32 - network.prefixLength - bits)
                next = (next + size - 1) / size * size
                guard next + size <= UInt64(network.address) + network.size else { return .failure(.cidrsubnetsDoesNotFit) }
                result.append(.string(IPv4Network(address: UInt32(next), prefixLength: network.prefixLength + bits).description))
                next += size
            }
            return .list(result)
        case "cidrhost":
            guard let text = arg(0).text, let network = IPv4Network(text), let host = int(1) else { return .failure(.cidrhostNeeds) }
            let offset = host >= 0 ? UInt64(host) : network.size &- UInt64(-host)
            guard offset < network.size else { return .failure(.cidrhostOutside(prefix: text, host: host)) }
            let address = UInt32(UInt64(network.address) + offset)
            return .string([24, 16, 8, 0].map { String((address >> UInt32($0)) & 0xFF) }.joined(separator: "."))
        case "lower": return arg(0).text.map { .string($0.lowercased()) } ?? .failure(.ofValue(function: "lower", value: arg(0).display))
        case "upper": return arg(0).text.map { .string($0.uppercased()) } ?? .failure(.ofValue(function: "upper", value: arg(0).display))
        case "trimspace": return arg(0).text.map { .string($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? .failure(.ofValue(function: "trimspace", value: arg(0).display))
        case "replace":
            guard let text = arg(0).text, let target = arg(1).text, let replacement = arg(2).text else { return .failure(.replaceNeeds) }
            return .string(text.replacingOccurrences(of: target, with: replacement))
        case "substr":
            guard let text = arg(0).text, let offset = int(1), let length = int(2), offset >= 0, offset <= text.count else { return .failure(.substrOutOfRange) }
            return .string(String(text.dropFirst(offset).prefix(length < 0 ? text.count : length)))
        case "contains":
            guard let items = arg(0).elements else { return .failure(.searchIn(function: "contains", value: arg(0).display)) }
            return .bool(items.contains(arg(1)))
        case "index":
            guard let items = arg(0).elements, let found = items.firstIndex(of: arg(1)) else { return .failure(.indexNotFound) }
            return .number(Double(found))
        case "reverse": return arg(0).elements.map { .list($0.reversed()) } ?? .failure(.ofValue(function: "reverse", value: arg(0).display))
        case "sort": return strings(arg(0)).map { .list($0.sorted().map { .string($0) }) } ?? .failure(.ofValue(function: "sort", value: arg(0).display))
        case "one":
            guard let items = arg(0).elements, items.count <= 1 else { return .failure(.oneOfLongList) }
            return items.first ?? .null
        case "startswith":
            guard let text = arg(0).text, let prefix = arg(1).text else { return .failure(.needsTwoStrings(function: "startswith")) }
            return .bool(text.hasPrefix(prefix))
        case "endswith":
            guard let text = arg(0).text, let suffix = arg(1).text else { return .failure(.needsTwoStrings(function: "endswith")) }
            return .bool(text.hasSuffix(suffix))
        case "regexall":
            guard let pattern = arg(0).text, let text = arg(1).text else { return .failure(.regexallNeeds) }
            guard let expression = try? NSRegularExpression(pattern: pattern) else { return .unknown(.regexPatternUnreadable(pattern: pattern)) }
            let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            return .list(matches.map { match in
                func group(_ index: Int) -> TerraformValue { Range(match.range(at: index), in: text).map { .string(String(text[$0])) } ?? .null }
                return match.numberOfRanges == 1 ? group(0) : .list((1..<match.numberOfRanges).map(group))
            })
        case "basename":
            return arg(0).text.map { .string(($0 as NSString).lastPathComponent) } ?? .failure(.ofValue(function: "basename", value: arg(0).display))
        default:
            return .unknown(.functionNotEvaluated(name: name))
        }
    }

    /// `format`: `%s`, `%d`, `%v`, `%q`, `%%`, with a width and zero padding (`%02d`).
    private static func format(_ args: [TerraformValue]) -> TerraformValue {
        guard let pattern = args.first?.text else { return .failure(.formatNeedsString) }
        var output = ""
        var next = 1
        var characters = Array(pattern)[...]
        while let c = characters.popFirst() {
            guard c == "%" else { output.append(c); continue }
            var spec = ""
            while let s = characters.first, "0123456789.-+ ".contains(s) { spec.append(s); characters.removeFirst() }
            guard let verb = characters.popFirst() else { return .failure(.formatEndsInPercent) }
            if verb == "%" { output += "%"; continue }
            guard next < args.count else { return .failure(.formatTooManyVerbs) }
            let value = args[next]
            next += 1
            var piece: String
            switch verb {
            case "d": guard let number = value.number else { return .failure(.ofValue(function: "%d", value: value.display)) }; piece = String(Int(number))
            case "q": piece = "\"\(value.text ?? value.display(in: .en))\""
            default: piece = value.text ?? value.display(in: .en)
            }
            if let width = Int(spec.filter(\.isNumber)), piece.count < width {
                piece = String(repeating: spec.hasPrefix("0") ? "0" : " ", count: width - piece.count) + piece
            }
            output += piece
        }
        return .string(output)
    }
}
