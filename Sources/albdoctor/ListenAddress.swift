import ArgumentParser
import Foundation

/// `--listen HOST:PORT` (`127.0.0.1:9153`, `[::1]:9153`, `:9153` for every address; port 0 picks
/// a free one): parsed once, here; ArgumentParser refuses any other value and names the option.
struct ListenAddress: ExpressibleByArgument, Sendable {
    let host: String
    let port: Int
    /// What was typed, shown as the default in the help.
    let text: String

    init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":"), let port = Int(argument[argument.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        let host = String(argument[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        self.host = host.isEmpty ? "0.0.0.0" : host
        self.port = port
        text = argument
    }

    /// The default, `127.0.0.1:9153`.
    static let loopback = ListenAddress(host: "127.0.0.1", port: 9153)

    private init(host: String, port: Int) {
        self.host = host
        self.port = port
        text = "\(host):\(port)"
    }

    var defaultValueDescription: String { text }
}
