/// One managed resource instance a plan or state says exists, with its values.
struct DeployedResource {
    /// The full address: `module.vpc.aws_subnet.public[1]`.
    var address: String
    var type: String
    /// Its attributes; strings still hold the AWS ids the deployment links by.
    var values: [String: TerraformValue]
    /// The plan or state file it came from.
    var file: String

    /// The address of the block that declares it, without instance keys:
    /// `module.vpc.aws_subnet.public`.
    var blockAddress: String { Self.withoutKeys(address) }

    /// An address without its instance keys (`[1]`, `["a"]`), quoted keys read whole.
    static func withoutKeys(_ address: String) -> String {
        var result = ""
        var depth = 0
        var quoted = false
        var escaped = false
        for character in address {
            if depth > 0 {
                if escaped { escaped = false } else if quoted && character == "\\" { escaped = true } else if character == "\"" { quoted.toggle() } else if !quoted && character == "]" { depth -= 1 }
                continue
            }
            if character == "[" { depth += 1 } else { result.append(character) }
        }
        return result
    }

    /// `[1]` or `["a"]`: how an address writes an instance key.
    static func keySuffix(_ key: JSONValue?) -> String {
        switch key {
        case .number(let number)?: "[\(TerraformValue.format(number))]"
        case .string(let text)?: "[\"\(text)\"]"
        default: ""
        }
    }
}
