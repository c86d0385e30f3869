internal import Localization

/// Why a value of a Terraform expression is not known before apply (`TerraformValue.unknown`),
/// and why a module's code is not read, by typed key. English in
/// `TerraformValueReason+en.swift`, Japanese in `TerraformValueReason+ja.swift`. A reason is the
/// end of a note's sentence: no full stop.
enum TerraformValueReason: CatalogEntry {
    // MARK: count and for_each

    /// A resource's or module call's `count` is unknown, for `reason`.
    case countUnknown(address: String, reason: LocalizedText)
    /// A resource's or module call's `count` is `value`, which is not a number.
    case countNotANumber(address: String, value: LocalizedText)
    /// A `for_each` is a list whose elements are not all strings.
    case forEachNotStrings(address: String)
    /// A resource's or module call's `for_each` is unknown, for `reason`.
    case forEachUnknown(address: String, reason: LocalizedText)
    /// A `for_each` is `value`, neither a map nor a set.
    case forEachNotACollection(address: String, value: LocalizedText)

    // MARK: values known only after apply or not given

    /// An index (at `position`, or `element()` when nil) picks a firewall endpoint from its
    /// sync states, a set whose order AWS decides.
    case unorderedEndpoints(position: String?)
    /// A data source other than `aws_availability_zones`: read from AWS at plan time.
    case dataSourceNotRead(address: String)
    /// A root module variable without a default, a `.tfvars` value or `--var`.
    case variableWithoutValue(name: String)
    /// A module call that does not set an input without a default.
    case inputWithoutValue(call: String, name: String)
    /// `module.NAME` whose code is not read (`reason`).
    case moduleOutputsNotKnown(module: String, reason: LocalizedText)
    /// An output a modelled registry module (`source`) does not model; `outputs` lists those it does.
    case outputNotModelled(module: String, source: String, output: String, outputs: String)
    /// An attribute AWS assigns (`what`: `aws_subnet.a.arn`, `vpc_id of aws_subnet.a`).
    case knownOnlyAfterApply(what: ValueName)
    /// A plan's value known only after apply whose expression names resources, read without
    /// the configuration's folder that would tell which.
    case knownOnlyAfterApplyGiveFolder(what: ValueName, file: String)
    /// A reference (`aws_vpc.main.id`) used as text in a template.
    case textKnownOnlyAfterApply(reference: String)

    // MARK: functions

    /// `regexall()` with a pattern albdoctor cannot compile.
    case regexPatternUnreadable(pattern: String)
    /// A function albdoctor does not implement.
    case functionNotEvaluated(name: String)

    // MARK: nested blocks and firewall endpoints

    /// A `dynamic` block whose `for_each` is unknown, for `reason`.
    case dynamicForEachUnknown(type: String, position: String, reason: LocalizedText)
    /// Nested blocks written as an attribute (`route = …`) whose value is unknown, for `reason`.
    case blockAttributeUnknown(type: String, position: String, reason: LocalizedText)
    /// A firewall's `subnet_mapping` blocks are not all known (`reason`).
    case firewallBlocksUnknown(address: String, reason: LocalizedText)
    /// A `subnet_mapping` block without `subnet_id`.
    case subnetMappingWithoutSubnetID(address: String)
    /// A firewall without any `subnet_mapping`.
    case firewallWithoutMapping(address: String)
    /// The zone of a subnet given as an id (`subnet-0abc…`), not in the configuration.
    case zoneKnownOnlyToAWS(subnet: String)
    /// A firewall's `subnet_mapping` whose `subnet_id` is unknown, for `reason`.
    case firewallSubnetUnknown(address: String, reason: LocalizedText)
    /// A firewall's `subnet_mapping` whose `subnet_id` is `value`, which names no subnet.
    case firewallSubnetNotID(address: String, value: LocalizedText)
    /// The status of a firewall's endpoint in a subnet.
    case endpointStatusAfterApply(firewall: String, subnet: String)
    /// A subnet without `availability_zone`, where a firewall has an endpoint.
    case subnetWithoutZoneAtApply(subnet: String)
    /// A subnet of a module other than `module`'s callers (nil: the root module).
    case zoneNotLookedUp(subnet: String, module: String?)

    // MARK: module calls not read

    /// Module calls nested more than 32 deep.
    case modulesNestTooDeep
    /// A local module whose folder is outside the folders given.
    case moduleOutsideFolders(folder: String, rootFolder: String)
    /// A local module whose folder holds no Terraform file.
    case moduleFolderEmpty(folder: String)
    /// A module `terraform init` installed in a folder that holds no Terraform file now.
    case installedFolderEmpty(folder: String)
    /// A module `.terraform/modules/modules.json` (`manifest`) does not list.
    case moduleNotInstalled(manifest: String, key: String, rootFolder: String)
}
