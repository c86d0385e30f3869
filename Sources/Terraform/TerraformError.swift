public import HCL

/// Why a Terraform configuration could not be read at all. Values that cannot be known are
/// not errors: they become unknowns in the model.
public enum TerraformError: Error, Sendable, CustomStringConvertible {
    /// A `.tf`, `.tf.json` or `.tfvars` file that is not valid HCL.
    case syntax(HCLError)
    case unreadable(file: String, reason: String)
    /// A `--var` that is not KEY=VALUE, or whose value is not an HCL expression.
    case badVariable(String, reason: String)
    /// A path given that holds no `.tf` or `.tf.json` file.
    case noConfiguration(String)

    public var description: String {
        switch self {
        case .syntax(let error): error.description
        case .unreadable(let file, let reason): "\(file): cannot be read: \(reason)"
        case .badVariable(let text, let reason): "--var '\(text)': \(reason)"
        case .noConfiguration(let path): "\(path): holds no .tf or .tf.json file; give the folder of a Terraform configuration"
        }
    }
}
