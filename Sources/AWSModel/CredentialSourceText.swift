package import Localization

/// Where credentials were found, as messages name them ("profile dev", "the environment"), by
/// typed key. English in `CredentialSourceText+en.swift`, Japanese in `CredentialSourceText+ja.swift`.
package enum CredentialSourceText: CatalogEntry {
    /// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, found before any profile.
    case environmentKeys
    /// The environment's keys, as a profile's `credential_source = Environment`.
    case environment
    /// A profile's own keys.
    case profile(name: String)
    /// A role a profile assumes with STS.
    case assumedRole(profile: String, role: String)
    /// What a profile's `credential_process` printed.
    case credentialProcess(profile: String)
    /// The EC2 instance metadata service's credentials for the instance's role.
    case instanceMetadata(role: String)
}
