public import HCL
public import Localization

/// Why a Terraform configuration could not be read at all. Values that cannot be known are
/// not errors: they become unknowns in the model.
///
/// Each case is a key of the catalog: English in `TerraformError+en.swift` (``description``),
/// Japanese in `TerraformError+ja.swift`.
public enum TerraformError: Error, Sendable, CustomStringConvertible, CatalogEntry, LocalizedFailure {
    /// A `.tf`, `.tf.json` or `.tfvars` file that is not valid HCL.
    case syntax(HCLError)
    /// A file or folder given that cannot be read, and why.
    case unreadable(file: String, reason: TerraformErrorReason)
    /// A `--var` that is not KEY=VALUE, or whose value is not an HCL expression.
    case badVariable(String, reason: TerraformErrorReason)
    /// A path given that holds no `.tf` or `.tf.json` file.
    case noConfiguration(String)
    /// A binary plan (`terraform plan -out`, a zip) given where its JSON was expected.
    case binaryPlan(file: String)
    /// A plan or state written as UTF-16 (PowerShell's `>` does).
    case utf16(file: String)
    /// The log stream of `terraform plan -json` (JSON lines with `@level` and `@message`).
    case logStream(file: String)
    /// A plan or state that is not valid JSON (cut short, say): where, and what was wrong.
    case invalidJSON(file: String, line: Int, column: Int, reason: TerraformErrorReason)
    /// Valid JSON that is not a plan or state albdoctor reads (another format version, say).
    case unsupported(file: String, reason: TerraformErrorReason)

    /// The English message, as logs and tests read it.
    public var description: String { english }

    /// The message in every language.
    public var localizedMessage: LocalizedText { LocalizedText(self) }
}
