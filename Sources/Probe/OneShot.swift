internal import NIOCore

/// A promise that takes the first of several outcomes (answer, error, deadline) and ignores the rest.
///
/// Every call happens on the promise's event loop, which is what makes the flag safe.
final class OneShot<Value: Sendable>: @unchecked Sendable {
    let promise: EventLoopPromise<Value>
    private var completed = false

    init(on loop: any EventLoop) { promise = loop.makePromise(of: Value.self) }

    var isCompleted: Bool { completed }

    func succeed(_ value: Value) {
        promise.futureResult.eventLoop.assertInEventLoop()
        guard !completed else { return }
        completed = true
        promise.succeed(value)
    }

    func fail(_ error: any Error) {
        promise.futureResult.eventLoop.assertInEventLoop()
        guard !completed else { return }
        completed = true
        promise.fail(error)
    }
}
