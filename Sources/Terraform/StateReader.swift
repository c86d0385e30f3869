/// Reads a state file: `terraform.tfstate` of format 4 (Terraform 0.12 and later) or the
/// legacy format 3 (0.11 and earlier, attributes flattened to `route.#`, `tags.Name`, …).
/// What it gives are the deployed ids; the deployment links resources by them.
struct StateReader {
    let file: String
    let document: JSONValue

    /// Whether the document is a state file (`version` and `terraform_version`, no plan keys).
    static func recognizes(_ document: JSONValue) -> Bool {
        document["version"]?.number != nil && document["terraform_version"] != nil && document["format_version"] == nil
    }

    func resources() throws(TerraformError) -> [DeployedResource] {
        switch document["version"]?.number {
        case 4?: return version4()
        case 3?: return version3()
        case let other?:
            throw .unsupported(file: file, reason: .stateFormat(version: TerraformValue.format(other)))
        case nil:
            throw .unsupported(file: file, reason: .noStateFormatVersion)
        }
    }

    private func version4() -> [DeployedResource] {
        var result: [DeployedResource] = []
        for resource in document["resources"]?.array ?? [] {
            guard resource["mode"]?.string != "data", let type = resource["type"]?.string, let name = resource["name"]?.string else { continue }
            let prefix = resource["module"]?.string.map { $0 + "." } ?? ""
            for instance in resource["instances"]?.array ?? [] {
                // A deposed object is being replaced; the current one is the instance without it.
                guard instance["deposed"] == nil else { continue }
                let address = prefix + "\(type).\(name)" + DeployedResource.keySuffix(instance["index_key"])
                let values = (instance["attributes"]?.object ?? [:]).mapValues(\.terraformValue)
                result.append(DeployedResource(address: address, type: type, values: values, file: file))
            }
        }
        return result
    }

    private func version3() -> [DeployedResource] {
        var result: [DeployedResource] = []
        for module in document["modules"]?.array ?? [] {
            let path = (module["path"]?.array ?? []).compactMap(\.string).dropFirst()
            let prefix = path.map { "module.\($0)." }.joined()
            for (key, resource) in (module["resources"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard !key.hasPrefix("data."), let type = resource["type"]?.string else { continue }
                // `aws_subnet.public` or `aws_subnet.public.1` (count index).
                let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                guard parts.count >= 2 else { continue }
                let index = parts.count > 2 ? Int(parts[2]).map { "[\($0)]" } ?? "" : ""
                let address = prefix + "\(parts[0]).\(parts[1])" + index
                guard let primary = resource["primary"] else { continue }
                var flat: [String: String] = [:]
                for (name, value) in primary["attributes"]?.object ?? [:] { flat[name] = value.string }
                var values = FlatmapAttributes.expand(flat)
                if values["id"] == nil, let id = primary["id"]?.string { values["id"] = .string(id) }
                result.append(DeployedResource(address: address, type: type, values: values, file: file))
            }
        }
        return result
    }
}
