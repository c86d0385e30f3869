import Addresses
import ArgumentParser
import Foundation
import Localization
import ProbeModel
import Reports

// Values typed on the command line, parsed once here into the types the commands use. A value
// that does not parse is refused by ArgumentParser, which names the argument and the value
// before the reason given here:
//   Error: The value 'ftp://test.jp' is invalid for '<url>': expected an http:// or https:// URL (or a bare host name)

extension ProbeTarget {
    /// `@Argument(transform:)` for a host name or URL.
    static func argument(_ text: String) throws -> ProbeTarget {
        do { return try ProbeTarget(parsing: text) } catch { throw ValidationError(error.localizedReason(LanguageOption.ofProcess)) }
    }
}

extension IPAddress {
    /// `@Option(transform:)` for an address, IPv6 with or without brackets.
    static func argument(_ text: String) throws -> IPAddress {
        guard let address = IPAddress(text.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) else {
            throw ValidationError(UsageText.expectedIPAddress.text(in: LanguageOption.ofProcess))
        }
        return address
    }
}
