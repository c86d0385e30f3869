#if canImport(Glibc)
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

    /// Every address getaddrinfo returns for `host`, each once.
    public func lookup(_ host: String) async throws(ResolutionError) -> [IPAddress] {
        let timeout = self.timeout
        let result: Result<[IPAddress], ResolutionError> = await withCheckedContinuation { continuation in
            let gate = ResumeOnce(continuation)
            let thread = Thread { gate.resume(Self.getaddrinfo(host)) }
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(timeout.milliseconds))) {
                gate.resume(.failure(ResolutionError("the system resolver did not answer for \(host) within \(timeout.milliseconds.millisecondsText); try --dns SERVER to ask a server directly")))
            }
        }
        return try result.get()
    }

    private static func getaddrinfo(_ host: String) -> Result<[IPAddress], ResolutionError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = Glibc.getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let first = list else {
            let reason = String(cString: gai_strerror(status))
            if status == EAI_NONAME || status == -5 /* EAI_NODATA, a glibc extension Swift does not import */ {
                return .failure(ResolutionError("\(host) does not resolve (\(reason)); check the name, or ask its DNS server with --dns SERVER"))
            }
            return .failure(ResolutionError("the system resolver failed for \(host): \(reason)"))
        }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(current.pointee.ai_addr, current.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0,
               let address = IPAddress(String(cString: buffer)), !addresses.contains(address) {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        return .success(addresses)
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
