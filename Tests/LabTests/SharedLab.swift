import Testing
import _TestSupport

/// One lab for a whole suite: built before its first test, taken down after its last, and
/// shared by its tests, which run side by side (they only read it: names, addresses, servers).
/// A lab has fixed namespace names, so a suite with this trait is the only one to use a lab.
struct SharedLab: SuiteTrait, TestScoping {
    /// The lab of the suite running now, for its tests.
    @TaskLocal static var current: Lab?

    /// Around the suite once, not around each test.
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withStarted(Lab.start) { lab in
            try await SharedLab.$current.withValue(lab) { try await function() }
        }
    }
}

extension Trait where Self == SharedLab {
    /// The suite's tests share one lab (see ``SharedLab``).
    static var sharedLab: Self { SharedLab() }
}

/// Runs `body` in the lab of the suite (one with the `.sharedLab` trait).
func inLab<T>(_ body: (Lab) async throws -> T) async throws -> T {
    guard let lab = SharedLab.current else { throw PeerError(message: "no lab: the suite needs the .sharedLab trait") }
    return try await body(lab)
}
