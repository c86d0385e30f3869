#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import Foundation

/// Waits until something accepts TCP connections on 127.0.0.1:`port` — a peer that has just been
/// started is ready — instead of sleeping a guessed time. Throws after `timeout`. A connect on
/// loopback answers at once, so nothing blocks.
public func waitUntilListening(port: Int, timeout: Duration = .seconds(10)) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        #if canImport(Glibc)
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw PeerError(message: "cannot create a socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        close(socketFD)
        if connected == 0 { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw PeerError(message: "nothing listens on 127.0.0.1:\(port) after \(timeout)")
}
