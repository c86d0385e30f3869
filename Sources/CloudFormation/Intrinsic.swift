/// The intrinsic functions albdoctor evaluates.
enum Intrinsic {
    static let names = [
        "Ref", "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join",
        "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::If", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Fn::Length",
        "Fn::ToJsonString", "Fn::Transform",
    ]

    /// Whether a one-key mapping with this key is a function call.
    static func isCall(_ key: String) -> Bool { key == "Ref" || key.hasPrefix("Fn::") }
}
