/// Format 3 states keep attributes flattened: `tags.%` counts a map's keys, `route.#` a list's
/// or set's elements, and each element's fields follow (`route.1234.cidr_block`; sets key
/// their elements by a hash). This gives them back their shape. Every leaf is text, as the
/// state holds it; numbers and bools read from text where a rule needs them.
enum FlatmapAttributes {
    static func expand(_ flat: [String: String]) -> [String: TerraformValue] {
        expand(flat, keys: Array(flat.keys))
    }

    /// The object whose fields are `keys` (already relative to it).
    private static func expand(_ flat: [String: String], keys: [String]) -> [String: TerraformValue] {
        var result: [String: TerraformValue] = [:]
        var nested: [String: [String]] = [:]
        for key in keys {
            if let dot = key.firstIndex(of: ".") {
                nested[String(key[..<dot]), default: []].append(key)
            } else if let value = flat[key] {
                result[key] = .string(value)
            }
        }
        for (name, members) in nested {
            let prefix = name + "."
            let relative = members.map { String($0.dropFirst(prefix.count)) }
            if relative.contains("%") {
                // A map of text: everything after `name.` is one key, dots and all
                // (`tags.kubernetes.io/role/elb`).
                var map: [String: TerraformValue] = [:]
                for (full, key) in zip(members, relative) where key != "%" { map[key] = flat[full].map { .string($0) } }
                result[name] = .object(map)
            } else if relative.contains("#") {
                result[name] = .list(elements(flat, members: members, prefix: prefix))
            } else {
                // An object written without a count (a single nested block in older states).
                let sub = Dictionary(zip(members, relative).map { ($1, flat[$0] ?? "") }, uniquingKeysWith: { first, _ in first })
                result[name] = .object(expand(sub, keys: Array(sub.keys)))
            }
        }
        return result
    }

    /// A list's or set's elements: by index when they are numbered 0…n-1, else (a set's
    /// hashes) in the order of their keys.
    private static func elements(_ flat: [String: String], members: [String], prefix: String) -> [TerraformValue] {
        var byKey: [String: [String: String]] = [:]
        var leaves: [String: String] = [:]
        for full in members {
            let rest = full.dropFirst(prefix.count)
            guard rest != "#" else { continue }
            if let dot = rest.firstIndex(of: ".") {
                byKey[String(rest[..<dot]), default: [:]][String(rest[rest.index(after: dot)...])] = flat[full]
            } else {
                leaves[String(rest)] = flat[full]
            }
        }
        let keys = Set(byKey.keys).union(leaves.keys).sorted { left, right in
            switch (Int(left), Int(right)) {
            case let (a?, b?): a < b
            default: left < right
            }
        }
        return keys.map { key in
            if let leaf = leaves[key] { return .string(leaf) }
            let fields = byKey[key] ?? [:]
            return .object(expand(fields, keys: Array(fields.keys)))
        }
    }
}
