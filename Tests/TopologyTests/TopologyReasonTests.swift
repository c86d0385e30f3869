import Addresses
import Localization
import Testing
@testable import Topology
import _TestSupport

/// The catalog of the model's own unknown reasons (a lookup that leaves the model, an
/// association whose subnet or gateway is unknown): every key in English and Japanese, with the
/// same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of keys to
/// the cases the enum declares, so a new key cannot go untested.
@Suite struct TopologyReasonTests {
    /// A wrapped reason that occurs in no text, the same in both languages.
    static let inner = LocalizedText(sameInEveryLanguage: "reasonX4")
    static let sources: [Topology.Source] = [.templates(region: "rX"), .account(region: "rX"), .terraform(region: "rX")]

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TopologyReason) -> [(TopologyReason, [String])] {
        switch entry {
        case .subnetNotInModel:
            sources.map { (.subnetNotInModel(subnet: "net/SubX1", source: $0), ["net/SubX1"]) }
        case .securityGroupNotInModel:
            sources.map { (.securityGroupNotInModel(securityGroup: "sg-X2", source: $0), ["sg-X2"]) }
        case .associatedTableNotInModel:
            TopologyReason.Table.allCases.map {
                (.associatedTableNotInModel($0, id: "rtb-X3", association: "net/AssocX5", source: .account(region: "rX")), ["rtb-X3", "net/AssocX5"])
            }
        case .associationSubnetUnknown:
            TopologyReason.Table.allCases.map { (.associationSubnetUnknown($0, association: "net/AssocX5", reason: inner), ["net/AssocX5", "reasonX4"]) }
        case .implicitTableNotInModel:
            TopologyReason.Table.allCases.map { (.implicitTableNotInModel($0, vpc: "net/VpcX6", source: .terraform(region: "rX")), ["net/VpcX6"]) }
        case .edgeRouteTableNotInModel:
            [(.edgeRouteTableNotInModel(table: "rtb-X3", gateway: "igwX7", association: "EdgeX8", source: .templates(region: "rX")), ["rtb-X3", "igwX7", "EdgeX8"])]
        case .edgeAssociationGatewayUnknown:
            [(.edgeAssociationGatewayUnknown(association: "EdgeX8", reason: inner, gateway: "igwX7"), ["EdgeX8", "reasonX4", "igwX7"])]
        case .attachmentGatewayUnknown:
            [(.attachmentGatewayUnknown(attachment: "AttachX9", reason: inner), ["AttachX9", "reasonX4"])]
        case .attachmentVPCUnknown:
            [(.attachmentVPCUnknown(attachment: "AttachX9", reason: inner), ["AttachX9", "reasonX4", "VPC"])]
        }
    }

    @Test func topologyReasons() {
        let source = Topology.Source.templates(region: "")
        let keys: [TopologyReason] = [
            .subnetNotInModel(subnet: "", source: source), .securityGroupNotInModel(securityGroup: "", source: source),
            .associatedTableNotInModel(.routeTable, id: "", association: "", source: source),
            .associationSubnetUnknown(.routeTable, association: "", reason: Self.inner),
            .implicitTableNotInModel(.routeTable, vpc: "", source: source),
            .edgeRouteTableNotInModel(table: "", gateway: "", association: "", source: source),
            .edgeAssociationGatewayUnknown(association: "", reason: Self.inner, gateway: ""),
            .attachmentGatewayUnknown(attachment: "", reason: Self.inner), .attachmentVPCUnknown(attachment: "", reason: Self.inner),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Topology/TopologyReason.swift")
    }

    /// Each source gives its own hint, in both languages.
    @Test func notInModelHintsDifferBySource() {
        let texts = Self.sources.map { LocalizedText(TopologyReason.subnetNotInModel(subnet: "SubX1", source: $0)) }
        #expect(Set(texts.map(\.english)).count == 3)
        #expect(Set(texts.map { $0(.ja) }).count == 3)
    }

    /// The English is what the model said before the catalog.
    @Test func englishIsUnchanged() {
        #expect(TopologyReason.subnetNotInModel(subnet: "net/SubX1", source: .templates(region: "rX")).english
            == "subnet net/SubX1 is not in the model (it is defined outside the given templates; pass the stack that defines it)")
        #expect(TopologyReason.securityGroupNotInModel(securityGroup: "sg-X2", source: .account(region: "rX")).english
            == "security group sg-X2 is not in the model (it was not returned by the account)")
        #expect(TopologyReason.associatedTableNotInModel(.networkACL, id: "acl-X3", association: "AssocX5", source: .terraform(region: "rX")).english
            == "network ACL acl-X3 associated by AssocX5 is not in the model (it is not a resource of the configuration, plan or state given; give the folder or state that declares it too)")
        #expect(TopologyReason.associationSubnetUnknown(.routeTable, association: "AssocX5", reason: Self.inner).english
            == "the subnet of route table association AssocX5 is unknown: reasonX4")
        #expect(TopologyReason.implicitTableNotInModel(.routeTable, vpc: "VpcX6", source: .account(region: "rX")).english
            == "the implicit route table of VPC VpcX6 is not in the model (it was not returned by the account)")
        #expect(TopologyReason.edgeAssociationGatewayUnknown(association: "EdgeX8", reason: Self.inner, gateway: "igwX7").english
            == "the gateway of edge association EdgeX8 is unknown (reasonX4), and it may be igwX7")
        #expect(TopologyReason.attachmentVPCUnknown(attachment: "AttachX9", reason: Self.inner).english == "the VPC of AttachX9 is unknown (reasonX4)")
    }

    /// A lookup that leaves the model gives a reason in both languages, wrapping the reason it
    /// was given in the language asked for.
    @Test func lookupsGiveReasonsInBothLanguages() throws {
        let vpc = VPC(id: ResourceID("vpc-1"), cidr: .known(try #require(IPv4Network("10.0.0.0/16"))))
        let subnet = Subnet(
            id: ResourceID("subnet-b"), vpc: .known(vpc.id), availabilityZone: .known("ap-northeast-1c"), cidr: .known(try #require(IPv4Network("10.0.1.0/24"))))
        let topology = Topology(
            source: .account(region: "us-east-1"), vpcs: [vpc], subnets: [subnet],
            routeTableAssociations: [SubnetRouteTableAssociation(
                id: ResourceID("rtbassoc-1"), subnet: .unknown(reason: LocalizedText(english: "missing", japanese: "不明X")), routeTable: .known(ResourceID("rtb-1")))])
        let reason = topology.effectiveRouteTable(of: subnet).unknownReason
        #expect(reason?.english == "the subnet of route table association rtbassoc-1 is unknown: missing")
        #expect(reason.map { $0(.ja) } == "ルートテーブルの関連付け rtbassoc-1 のサブネットが不明です: 不明X")
        let missing = topology.subnet(.known(ResourceID("subnet-z"))).unknownReason
        #expect(missing?.english == "subnet subnet-z is not in the model (it was not returned by the account)")
        #expect(missing.map { $0(.ja) } == "サブネット subnet-z はモデルにありません（アカウントから返されませんでした）")
    }
}
