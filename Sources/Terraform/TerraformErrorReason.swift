public import HCL
public import Localization

/// Why a file given could not be read, by typed key: the reason a ``TerraformError`` carries.
/// English in `TerraformErrorReason+en.swift`, Japanese in `TerraformErrorReason+ja.swift`.
public enum TerraformErrorReason: CatalogEntry, Hashable {
    // MARK: unreadable

    /// The file exists but cannot be opened (permissions, a folder where a file was expected).
    case cannotBeOpened
    /// Nothing is at the path given.
    case noSuchFileOrFolder
    /// The file is not UTF-8 text.
    case notUTF8
    /// `.terraform/modules/modules.json` is not the manifest `terraform init` writes.
    case notModuleManifest

    // MARK: badVariable

    /// A `--var` without `=`, or with nothing before it.
    case notKeyValue
    /// The value of a `--var` for a variable of type `type` (not a string) is not an HCL
    /// expression: `error` says where and why.
    case notAnExpression(type: String, error: HCLError)

    // MARK: invalidJSON

    /// The file ends before its JSON does (cut short).
    case endsEarly
    /// A character JSON does not allow there.
    case unexpectedCharacter(String)
    /// JSON the decoder refuses there, without saying which character.
    case malformed

    // MARK: unsupported

    /// A state of a format version other than 3 and 4 (`version` as written).
    case stateFormat(version: String)
    /// A state without its format version.
    case noStateFormatVersion
    /// Plan JSON of a `format_version` whose major version is not 0 or 1.
    case planFormat(version: String)
    /// JSON that is neither a plan nor a state.
    case neitherPlanNorState
}
