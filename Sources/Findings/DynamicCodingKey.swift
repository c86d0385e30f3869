/// A coding key made at run time, for JSON objects whose keys are data (evidence, extra sections).
public struct DynamicCodingKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(_ key: String) { stringValue = key }
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
