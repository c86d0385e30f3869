/// The Availability Zones of a region, as `Fn::GetAZs` and Terraform's
/// `data "aws_availability_zones"` return them. Zone names differ by account only in which letter maps
/// to which physical zone; which letters exist is fixed per region.
public enum AvailabilityZones {
    private static let letters: [String: String] = [
        "us-east-1": "abcdef", "us-west-1": "ac", "ap-northeast-1": "acd", "ap-northeast-2": "abcd",
        "ap-northeast-3": "abc", "ap-southeast-1": "abc", "ap-southeast-2": "abc", "ap-south-1": "abc",
        "eu-west-1": "abc", "eu-central-1": "abc", "us-east-2": "abc", "us-west-2": "abcd",
        "ca-central-1": "abd", "sa-east-1": "abc", "eu-west-2": "abc", "eu-west-3": "abc", "eu-north-1": "abc",
    ]

    /// The zone names of `region` (`ap-northeast-1a`, …); three lettered a–c for a region not listed.
    public static func names(in region: String) -> [String] {
        (letters[region] ?? "abc").map { region + String($0) }
    }
}
