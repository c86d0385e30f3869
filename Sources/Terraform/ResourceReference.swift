/// A reference a plan's configuration lists for an expression (`aws_subnet.public[1].id`),
/// read to link what is known only after apply to the resource it names.
struct ResourceReference: Equatable {
    /// `aws_subnet.public[1]`, relative to the module that writes it.
    var address: String
    /// The address without an instance key: `aws_subnet.public`.
    var base: String
    var hasKey: Bool
    /// `id`, `arn`, …; nil when the whole resource is named.
    var attribute: String?

    /// What kind of thing a reference names.
    enum Parsed: Equatable {
        case resource(ResourceReference)
        /// `var.x`, `count.index`, `each.key`, `path.module`, `terraform.workspace`: values the
        /// configuration knows, which do not name another resource.
        case value
        /// `local.x`, `module.m.out`, `data.t.n`, `self`: may stand for any resource.
        case opaque(String)
    }

    static func parse(_ text: String) -> Parsed {
        let parts = split(text)
        guard let root = parts.first else { return .opaque(text) }
        switch root {
        case "var", "count", "each", "path", "terraform": return .value
        case "local", "module", "data", "self": return .opaque(text)
        default: break
        }
        guard parts.count >= 2 else { return .opaque(text) }
        let name = parts[1]
        let base = "\(root).\(DeployedResource.withoutKeys(name))"
        let attribute = parts.count > 2 ? DeployedResource.withoutKeys(parts[2]) : nil
        return .resource(ResourceReference(address: "\(root).\(name)", base: base, hasKey: name.contains("["), attribute: attribute))
    }

    /// Splits at dots outside brackets: `aws_subnet.az["a.b"].id` → 3 parts.
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted {
                if character == "[" { depth += 1 }
                if character == "]" { depth -= 1 }
                if character == "." && depth == 0 {
                    parts.append(current)
                    current = ""
                    continue
                }
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// The value an expression known only after apply will have, when its references name
    /// resources exactly: `aws_subnet.public_b.id` is that subnet's id; references naming only
    /// ids of several resources (`[aws_subnet.a.id, aws_subnet.b.id]`) are the list of them.
    /// Nil when they do not (a variable or local that may choose, a key chosen by
    /// `count.index`): the caller says why.
    static func resolve(_ references: [String], modulePrefix: String, addresses: Set<String>) -> TerraformValue? {
        var found: [ResourceReference] = []
        var choosing = false
        for text in references {
            switch parse(text) {
            case .value: choosing = true
            case .opaque: return nil
            case .resource(let reference): found.append(reference)
            }
        }
        var bases: [String] = []
        for reference in found where !bases.contains(reference.base) { bases.append(reference.base) }
        guard !bases.isEmpty, bases.count == 1 || !choosing else { return nil }
        var values: [TerraformValue] = []
        for base in bases {
            // The most specific reference to it: with its key and attribute.
            let candidates = found.filter { $0.base == base }
            guard let best = candidates.max(by: { score($0) < score($1) }) else { return nil }
            let address = modulePrefix + best.address
            // Without a key, a reference names one instance only when the resource has no
            // count or for_each.
            guard addresses.contains(address) else { return nil }
            let attribute = best.attribute ?? "id"
            guard Evaluator.identifying.contains(attribute) else { return nil }
            values.append(.reference(address: address, attribute: attribute))
        }
        return values.count == 1 ? values[0] : .list(values)
    }

    private static func score(_ reference: ResourceReference) -> Int { (reference.hasKey ? 2 : 0) + (reference.attribute == nil ? 0 : 1) }
}
