/// A Terraform resource address split into the module instance it is in and the address within
/// that module: `module.app["a"].module.net.aws_subnet.public[1]` → `module.app["a"].module.net`
/// and `aws_subnet.public[1]`, which is how the module's own code names it.
public struct TerraformAddress: Sendable, Hashable {
    /// Nil for a resource of the root module.
    public var module: String?
    public var local: String

    public init(_ address: String) {
        var rest = Substring(address)
        var modules: [Substring] = []
        while rest.hasPrefix("module.") {
            var depth = 0
            var end = rest.index(rest.startIndex, offsetBy: "module.".count)
            while end < rest.endIndex, depth > 0 || rest[end] != "." {
                if rest[end] == "[" { depth += 1 } else if rest[end] == "]" { depth -= 1 }
                end = rest.index(after: end)
            }
            guard end < rest.endIndex else { break }
            modules.append(rest[..<end])
            rest = rest[rest.index(after: end)...]
        }
        module = modules.isEmpty ? nil : modules.joined(separator: ".")
        local = String(rest)
    }
}
