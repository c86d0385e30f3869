#if canImport(Glibc)
public import Addresses
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import Foundation

/// The resolver every other program on this machine uses (getaddrinfo: /etc/hosts, nsswitch,
/// resolv.conf), bounded by a deadline because getaddrinfo itself has none we can set.
public struct SystemResolver: Sendable {
    public let timeout: Duration

    public init(timeout: Duration) { self.timeout = timeout }

    /// Every address getaddrinfo returns for `host`, each once, asking once per family (AF_INET,
    /// then AF_INET6) so that one family's failure does not hide the other's addresses. A family
    /// that fails while the other answers is returned beside the addresses; a family that merely
    /// has no addresses is no failure. Throws only when no family gave an address and one failed.
    /// `canonicalName` is what getaddrinfo's AI_CANONNAME says the name is, when it differs.
    public func lookup(_ host: String, families: [IPAddress.Family] = [.ipv4, .ipv6]) async throws(ResolutionError)
        -> (addresses: [IPAddress], failures: [Resolution.FamilyFailure], canonicalName: String?) {
        var addresses: [IPAddress] = []
        var canonicalName: String?
        var failures: [Resolution.FamilyFailure] = []
        var empty: [ResolutionError] = []
        // Both families at once, so the deadline is one timeout, not one per family.
        let results = await withTaskGroup(of: (Int, Result<Found, FamilyError>).self) { group in
            for (index, family) in families.enumerated() { group.addTask { (index, await lookup(host, family: family)) } }
            var results: [(Int, Result<Found, FamilyError>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        for (index, result) in results {
            let family = families[index]
            switch result {
            case .success(let found):
                addresses += found.addresses.filter { !addresses.contains($0) }
                if canonicalName == nil, let name = found.canonicalName, name.lowercased() != host.lowercased() { canonicalName = name }
            case .failure(.noAddresses(let error)): empty.append(error)
            case .failure(.failed(let error)): failures.append(.init(recordType: family == .ipv4 ? "A" : "AAAA", reason: error.localizedMessage))
            }
        }
        if addresses.isEmpty {
            if let failure = failures.first { throw ResolutionError(message: failure.localizedReason) }
            if let error = empty.first { throw error }
        }
        return (addresses, failures, canonicalName)
    }

    /// One family's answer.
    private struct Found: Sendable {
        var addresses: [IPAddress]
        var canonicalName: String?
    }

    /// Why one family gave no address.
    private enum FamilyError: Error, Sendable {
        /// The name has no address of that family (EAI_NONAME, EAI_NODATA): an answer, not a failure.
        case noAddresses(ResolutionError)
        /// The resolver failed (EAI_AGAIN, EAI_FAIL, a timeout, …).
        case failed(ResolutionError)
    }

    private func lookup(_ host: String, family: IPAddress.Family) async -> Result<Found, FamilyError> {
        let timeout = self.timeout
        return await withCheckedContinuation { continuation in
            let gate = ResumeOnce(continuation)
            let thread = Thread { gate.resume(Self.getaddrinfo(host, family: family)) }
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(timeout.milliseconds))) {
                let kind = family == .ipv4 ? "IPv4" : "IPv6"
                gate.resume(.failure(.failed(ResolutionError(.systemResolverTimedOut(host: host, family: kind, within: timeout.milliseconds.millisecondsText)))))
            }
        }
    }

    private static func getaddrinfo(_ host: String, family: IPAddress.Family) -> Result<Found, FamilyError> {
        var hints = addrinfo()
        hints.ai_family = family == .ipv4 ? AF_INET : AF_INET6
        hints.ai_flags = AI_CANONNAME
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        #if canImport(Glibc)
        let status = Glibc.getaddrinfo(host, nil, &hints, &list)
        #else
        let status = Darwin.getaddrinfo(host, nil, &hints, &list)
        #endif
        guard status == 0, let first = list else {
            let reason = String(cString: gai_strerror(status))
            let kind = family == .ipv4 ? "IPv4" : "IPv6"
            if status == EAI_NONAME || status == Self.noData {
                return .failure(.noAddresses(ResolutionError(.doesNotResolve(host: host, reason: reason))))
            }
            return .failure(.failed(ResolutionError(.systemResolverFailed(host: host, family: kind, code: Self.codeName(status), reason: reason))))
        }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(current.pointee.ai_addr, current.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0,
               let address = IPAddress(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)), !addresses.contains(address) {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        return .success(Found(addresses: addresses, canonicalName: first.pointee.ai_canonname.map { String(cString: $0) }))
    }
}

extension SystemResolver {
    /// EAI_NODATA: "no address of that family", a glibc extension Swift does not import
    /// (Darwin folds it into EAI_NONAME).
    #if canImport(Glibc)
    static let noData: Int32 = -5
    #else
    static let noData: Int32 = EAI_NONAME
    #endif

    /// The EAI_* name of a getaddrinfo status, for error messages.
    static func codeName(_ status: Int32) -> String {
        switch status {
        case EAI_AGAIN: "EAI_AGAIN"
        case EAI_FAIL: "EAI_FAIL"
        case EAI_MEMORY: "EAI_MEMORY"
        case EAI_SYSTEM: "EAI_SYSTEM"
        case EAI_SERVICE: "EAI_SERVICE"
        case EAI_FAMILY: "EAI_FAMILY"
        default: "getaddrinfo \(status)"
        }
    }
}

/// Resumes a continuation with the first result given to it.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?

    init(_ continuation: CheckedContinuation<Value, Never>) { self.continuation = continuation }

    func resume(_ value: Value) {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume(returning: value)
    }
}
