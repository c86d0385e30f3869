import Localization
@testable import Pictures
import Testing
import Topology
import _TestSupport

/// The network picture's words: every key in both languages with the values it shows, and
/// labels wrapped by the columns they take.
@Suite struct PictureTextTests {
    /// Values no text holds by itself, so that finding one in a text means it came from the key.
    static let table = RouteTable(id: ResourceID(stack: "net", "RtbZ9"), vpc: .known(ResourceID(stack: "net", "VpcQ7")))
    static let implicitMain = RouteTable(id: ResourceID(stack: "net", "VpcQ7" + RouteTable.implicitMainSuffix), vpc: .known(ResourceID(stack: "net", "VpcQ7")), isMain: true)
    static let explicitMain = RouteTable(id: ResourceID("rtb-X6"), vpc: .known(ResourceID("vpc-X7")), isMain: true)

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: PictureText) -> [(PictureText, [String])] {
        switch entry {
        case .networkHeading, .pictureLabel, .nothingToDraw, .internet, .noInternetGatewayAttached, .cidrUnknown, .zoneUnknown, .nodeAssignedAtDeployment, .someNode:
            [(.networkHeading, []), (.pictureLabel, []), (.nothingToDraw, ["VPC"]), (.internet, []), (.noInternetGatewayAttached, []),
             (.cidrUnknown, ["CIDR"]), (.zoneUnknown, []), (.nodeAssignedAtDeployment, []), (.someNode, [])]
        case .groupTitle:
            [(.groupTitle(vpc: "vpcX1", loadBalancer: "lbX2 (internet-facing)"), ["VPC vpcX1", "lbX2 (internet-facing)"]),
             (.groupTitle(vpc: nil, loadBalancer: nil), ["VPC"])]
        case .internetGateways: [(.internetGateways(["igwX3", "igwX4"]), ["igwX3, igwX4"])]
        case .noInternetGateway: [(.noInternetGateway(vpc: "vpcX1"), ["VPC vpcX1"]), (.noInternetGateway(vpc: nil), ["VPC"])]
        case .routeTable:
            [(.routeTable(table), ["RtbZ9", ": "]), (.routeTable(implicitMain), ["VpcQ7"]), (.routeTable(explicitMain), ["rtb-X6"]), (.routeTable(nil), [": "])]
        case .node: [(.node(address: "203.0.113.77"), ["203.0.113.77"])]
        }
    }

    @Test func everyKey() {
        let keys: [PictureText] = [
            .networkHeading, .pictureLabel, .nothingToDraw, .groupTitle(vpc: nil, loadBalancer: nil), .internet, .internetGateways([]),
            .noInternetGatewayAttached, .noInternetGateway(vpc: nil), .routeTable(nil), .cidrUnknown, .zoneUnknown,
            .nodeAssignedAtDeployment, .someNode, .node(address: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Pictures/PictureText.swift")
    }

    /// The English picture keeps its words: the route table's name as the messages give it.
    @Test func englishRouteTableLines() {
        #expect(PictureText.routeTable(Self.implicitMain).english == "route table: the main route table of VpcQ7")
        #expect(PictureText.routeTable(Self.explicitMain).english == "route table: rtb-X6 (the VPC's main route table)")
        #expect(PictureText.routeTable(nil).english == "route table: route table unknown")
        #expect(PictureText.routeTable(Self.implicitMain).japanese == "ルートテーブル: VpcQ7 のメインルートテーブル")
    }

    /// English breaks at spaces only, as it always did.
    @Test func englishWrapsAtSpaces() {
        #expect(NetworkPicture.wrap("route table: the main route table of vpc-0123456789abcdef0", width: 40) == ["route table: the main route table of", "vpc-0123456789abcdef0"])
        #expect(NetworkPicture.wrap("a-very-long-word-that-stands-alone-on-its-line here", width: 10) == ["a-very-long-word-that-stands-alone-on-its-line", "here"])
    }

    /// Japanese breaks between its characters, a wide one counting two columns, never before
    /// closing punctuation or small kana nor after an opening bracket.
    @Test func japaneseWrapsBetweenCharacters() {
        let message = "ALB001: 10.0.1.5 は test-alb の SubnetA（ap-northeast-1a）にあるノードです。このサブネットが使うルートテーブルには、インターネットゲートウェイへの 0.0.0.0/0 ルートがありません。"
        #expect(NetworkPicture.wrap(message, width: 44) == [
            "ALB001: 10.0.1.5 は test-alb の SubnetA", "（ap-northeast-1a）にあるノードです。このサ", "ブネットが使うルートテーブルには、インター",
            "ネットゲートウェイへの 0.0.0.0/0 ルートがあ", "りません。",
        ])
        #expect(NetworkPicture.wrap("ルートテーブル: vpc-0123456789abcdef0 のメインルートテーブル", width: 40) == ["ルートテーブル: vpc-0123456789abcdef0 の", "メインルートテーブル"])
        // ASCII punctuation after Japanese stays with it: no line begins with the colon.
        #expect(NetworkPicture.wrap("ルートテーブル: x", width: 14) == ["ルートテーブ", "ル: x"])
    }
}
