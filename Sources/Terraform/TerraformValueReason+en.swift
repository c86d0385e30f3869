internal import Localization

extension TerraformValueReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .countUnknown(let address, let reason): "the count of \(address) is unknown: \(reason.english)"
        case .countNotANumber(let address, let value): "the count of \(address) is unknown: it is \(value.english), not a number"
        case .forEachNotStrings(let address): "the for_each of \(address) is not a map or a set of strings"
        case .forEachUnknown(let address, let reason): "the for_each of \(address) is unknown: \(reason.english)"
        case .forEachNotACollection(let address, let value): "the for_each of \(address) is unknown: it is \(value.english), not a map or a set"
        case .unorderedEndpoints(let position):
            "\(position.map { "the index at \($0)" } ?? "element()") picks one of a Network Firewall's endpoints by position, but its sync_states are a set whose order AWS decides at apply; pick the endpoint by availability_zone or by attachment[0].subnet_id instead"
        case .dataSourceNotRead(let address):
            "\(address) is read from AWS at plan time and albdoctor does not read it; give the value as a variable (--var) instead"
        case .variableWithoutValue(let name): "variable \"\(name)\" has no value; pass --var \(name)=VALUE or set it in a .tfvars file"
        case .inputWithoutValue(let call, let name): "\(call) gives no value for its input \"\(name)\", which has no default"
        case .moduleOutputsNotKnown(let module, let reason): "the outputs of \(module) are not known: \(reason.english)"
        case .outputNotModelled(let module, let source, let output, let outputs):
            "\(module) is \(source), which albdoctor models without its code, and \(output) is not among the outputs it models (\(outputs)); run terraform init so that its code is read"
        case .knownOnlyAfterApply(let what): "\(what.english) is known only after apply"
        case .knownOnlyAfterApplyGiveFolder(let what, let file):
            "\(what.english) is known only after apply; give the configuration's folder too (albdoctor lint DIR \(file)) so albdoctor can tell which resource its expression names"
        case .textKnownOnlyAfterApply(let reference): "the text of \(reference) is known only after apply"
        case .regexPatternUnreadable(let pattern): "albdoctor cannot read the pattern \(pattern) of regexall()"
        case .functionNotEvaluated(let name): "albdoctor does not evaluate the function \(name)()"
        case .dynamicForEachUnknown(let type, let position, let reason):
            "the for_each of the dynamic \(type) block at \(position) is unknown (\(reason.english))"
        case .blockAttributeUnknown(let type, let position, let reason): "\(type) at \(position) is unknown (\(reason.english))"
        case .firewallBlocksUnknown(let address, let reason):
            "the endpoints of \(address) follow its subnet_mapping blocks, and \(reason.english)"
        case .subnetMappingWithoutSubnetID(let address): "a subnet_mapping of \(address) has no subnet_id"
        case .firewallWithoutMapping(let address): "\(address) has no subnet_mapping, so it has no endpoints to route to"
        case .zoneKnownOnlyToAWS(let subnet): "the availability zone of \(subnet) is known only to AWS"
        case .firewallSubnetUnknown(let address, let reason):
            "the endpoints of \(address) follow its subnet_mapping, and a subnet_id there is \(reason.english)"
        case .firewallSubnetNotID(let address, let value):
            "the endpoints of \(address) follow its subnet_mapping, and a subnet_id there is \(value.english)"
        case .endpointStatusAfterApply(let firewall, let subnet): "the status of \(firewall)'s endpoint in \(subnet) is known only after apply"
        case .subnetWithoutZoneAtApply(let subnet): "\(subnet) has no availability_zone, so AWS picks one at apply"
        case .zoneNotLookedUp(let subnet, let module):
            "the availability zone of \(subnet), a subnet of another module than \(module ?? "the root module")'s callers, is not looked up"
        case .modulesNestTooDeep: "modules nest deeper than 32 calls here; does the module call itself?"
        case .moduleOutsideFolders(let folder, let rootFolder):
            "its folder \(folder) is outside the folders given, and albdoctor reads nothing there; lint with that folder too (albdoctor lint \(rootFolder) \(folder))"
        case .moduleFolderEmpty(let folder): "its folder \(folder) holds no .tf or .tf.json file"
        case .installedFolderEmpty(let folder):
            "terraform init installed it in \(folder), which holds no .tf or .tf.json file now; run terraform init again"
        case .moduleNotInstalled(let manifest, let key, let rootFolder):
            "it is not installed (\(manifest) lists no module \(key)); run terraform init in \(rootFolder), then lint again"
        }
    }
}
