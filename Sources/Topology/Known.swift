public import Localization

/// A fact that is either known or unknown with the reason why (an import whose stack was not
/// given, a parameter without a value). Rules turn unknowns into *unverified* notes, never passes.
public enum Known<Value: Sendable>: Sendable {
    case known(Value)
    case unknown(reason: LocalizedText)

    /// The value when known.
    public var value: Value? {
        if case .known(let value) = self { return value }
        return nil
    }

    /// Why it is unknown, when it is.
    public var unknownReason: LocalizedText? {
        if case .unknown(let reason) = self { return reason }
        return nil
    }

    /// Transforms a known value; an unknown stays unknown with its reason.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Known<T> {
        switch self {
        case .known(let value): .known(try transform(value))
        case .unknown(let reason): .unknown(reason: reason)
        }
    }

    /// Chains a lookup that may itself be unknown.
    public func flatMap<T>(_ transform: (Value) throws -> Known<T>) rethrows -> Known<T> {
        switch self {
        case .known(let value): try transform(value)
        case .unknown(let reason): .unknown(reason: reason)
        }
    }
}

extension Known: Equatable where Value: Equatable {}
extension Known: Hashable where Value: Hashable {}
