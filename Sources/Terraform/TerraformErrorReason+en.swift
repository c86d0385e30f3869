internal import HCL

extension TerraformErrorReason {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .cannotBeOpened: "it cannot be opened"
        case .noSuchFileOrFolder: "no such file or folder"
        case .notUTF8: "it is not UTF-8 text"
        case .notModuleManifest:
            "it is not the module manifest terraform init writes ({\"Modules\": [{\"Key\", \"Source\", \"Dir\"}…]}); run terraform init again"
        case .notKeyValue: "expected KEY=VALUE"
        case .notAnExpression(let type, let error): "the value of a \(type) variable must be an HCL expression: \(error.description)"
        case .endsEarly: "it ends before the JSON does"
        case .unexpectedCharacter(let character): "unexpected character '\(character)'"
        case .malformed: "the JSON is malformed there"
        case .stateFormat(let version):
            "is a state of format \(version), which albdoctor does not read (it reads 3 and 4); run `terraform show -json > state.json` with a current Terraform and lint state.json"
        case .noStateFormatVersion: "has no state format version"
        case .planFormat(let version):
            "is plan JSON of format_version \(version), which albdoctor does not read yet (it reads 0.x and 1.x); lint the .tf folder instead"
        case .neitherPlanNorState:
            "is JSON but neither a Terraform plan (terraform show -json PLAN) nor a state (terraform.tfstate); give one of those, or the .tf folder"
        }
    }
}
