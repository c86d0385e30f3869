extension CredentialSourceText {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .environmentKeys: "the environment (AWS_ACCESS_KEY_ID)"
        case .environment: "the environment"
        case .profile(let name): "profile \(name)"
        case .assumedRole(let profile, let role): "profile \(profile) (assumed role \(role))"
        case .credentialProcess(let profile): "profile \(profile) (credential_process)"
        case .instanceMetadata(let role): "the instance metadata service (role \(role))"
        }
    }
}
