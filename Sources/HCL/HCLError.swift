/// A syntax error: where it is and what was expected there.
public struct HCLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var position: Position
    /// What the parser expected, e.g. "`=` or a block label".
    public var expected: String
    /// What it found instead, e.g. "`}`" or "the end of the file".
    public var found: String

    public init(position: Position, expected: String, found: String) {
        self.position = position
        self.expected = expected
        self.found = found
    }

    public var description: String { "\(position): expected \(expected), found \(found)" }
}
