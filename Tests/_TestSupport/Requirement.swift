public import Foundation
public import Testing

/// Something a test needs from the machine: a program, Python modules, root. `scripts/test`
/// installs them all; a bare `swift test` skips the tests whose needs are missing, naming them
/// and how to install them, and under `CI=true` nothing skips: a missing need fails the test.
public struct Requirement: Sendable {
    /// What is needed and how to get it, e.g. "nginx (apt-get install nginx-light)".
    public let need: String
    /// Whether it is present here.
    public let isMet: @Sendable () async -> Bool

    public init(_ need: String, isMet: @escaping @Sendable () async -> Bool) {
        self.need = need
        self.isMet = isMet
    }

    /// A program on PATH (or in /usr/sbin, /sbin), from a Debian package.
    public static func program(_ name: String, package: String) -> Requirement {
        Requirement("\(name) (apt-get install \(package))") { which(name) != nil }
    }

    /// Python modules, importable by python3, from PyPI packages.
    public static func python(_ modules: String..., packages: String) -> Requirement {
        Requirement("python3 modules \(modules.joined(separator: ", ")) (python3 -m pip install \(packages))") {
            guard let python = which("python3") else { return false }
            return (try? await runProcess(python, ["-c", "import " + modules.joined(separator: ", ")]))?.status == 0
        }
    }

    /// dnsmasq, the DNS server the DNS client's tests and the lab start.
    public static let dnsmasq = program("dnsmasq", package: "dnsmasq-base")

    /// Root, for network namespaces.
    public static let root = Requirement("root (network namespaces)") { getuid() == 0 }

    /// The needs of these that are not met.
    public static func missing(_ requirements: [Requirement]) async -> [String] {
        var missing: [String] = []
        for requirement in requirements where await !requirement.isMet() { missing.append(requirement.need) }
        return missing
    }

    /// Throws, naming what is missing. Under `CI=true` a test runs whatever is missing; this
    /// makes it fail with the reason rather than somewhere later.
    public static func check(_ requirements: Requirement...) async throws {
        let missing = await missing(requirements)
        if !missing.isEmpty { throw PeerError(message: "this test needs \(missing.joined(separator: ", ")); scripts/test installs it") }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where everything it needs is present, and always under `CI=true`.
    /// Elsewhere a test whose needs are missing is reported as skipped, with the needs.
    public static func requires(_ requirements: Requirement...) -> Self { requires(requirements) }

    /// ``requires(_:)-(Requirement...)`` for a list made elsewhere.
    public static func requires(_ requirements: [Requirement]) -> Self {
        let needs = requirements.map(\.need).joined(separator: ", ")
        return .enabled(Comment(rawValue: "needs \(needs); scripts/test installs what is missing")) {
            if isCI { return true }
            return await Requirement.missing(requirements).isEmpty
        }
    }
}
