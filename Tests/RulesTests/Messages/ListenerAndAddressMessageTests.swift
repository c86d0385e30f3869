import Localization
@testable import Rules
import Testing
import _TestSupport

/// The messages of ALB009 (redirect to a missing HTTPS listener), ALB010 (HTTPS listener
/// without a certificate), ALB011 (target security group blocks the load balancer) and ALB014
/// (Elastic IP of a subnet mapping): every key has both texts with the same values (each
/// `samples` is an exhaustive switch and `checkEveryCase` holds each list of keys to the cases
/// its enum declares, so a new key cannot go untested), and the English is the one the rules
/// wrote before the catalog.
@Suite struct ListenerAndAddressMessageTests {
    typealias Redirect = RedirectToMissingHTTPSListener.Message
    typealias Certificate = HTTPSListenerWithoutCertificate.Message
    typealias TargetGroups = TargetSecurityGroupBlocksLoadBalancer.Message
    typealias ElasticIP = LoadBalancerElasticIP.Message

    static func samples(_ entry: Redirect) -> [(Redirect, [String])] {
        switch entry {
        case .redirectToNoListener: [(.redirectToNoListener(listener: "LstX1", port: 7717), ["LstX1", "https://…:7717/", "301"])]
        case .redirectToPlainListener:
            [(.redirectToPlainListener(listener: "LstX1", port: 7717, protocol: "ProtoX3"), ["LstX1", "https://…:7717/", "ProtoX3", "301"])]
        case .redirectLandsOnListener: [(.redirectLandsOnListener(listener: "LstX1"), ["LstX1"])]
        case .httpsRedirectLandsOnListener:
            [(.httpsRedirectLandsOnListener(listener: "LstX1", port: 7717), ["LstX1", "HTTPS", "7717"]),
             (.httpsRedirectLandsOnListener(listener: "LstX1", port: nil), ["LstX1", "HTTPS"])]
        case .loadBalancerNotInModel: [(.loadBalancerNotInModel(loadBalancer: "lbX2"), ["lbX2"])]
        case .redirectProtocolUnknown: [(.redirectProtocolUnknown(reason: "whyX4"), ["whyX4"])]
        case .listenerPortUnknown: [(.listenerPortUnknown(listener: "LstX5", reason: "whyX4"), ["LstX5", "whyX4"])]
        case .listenerProtocolUnknown: [(.listenerProtocolUnknown(listener: "LstX5", reason: "whyX4"), ["LstX5", "whyX4"])]
        case .listenersOf: [(.listenersOf(loadBalancer: "lbX2"), ["lbX2"])]
        }
    }

    static func samples(_ entry: Certificate) -> [(Certificate, [String])] {
        switch entry {
        case .noCertificate:
            [(.noCertificate(listener: "LstX1", protocol: "ProtoX3", port: 7717), ["LstX1", "ProtoX3", "7717", "TLS"]),
             (.noCertificate(listener: "LstX1", protocol: "ProtoX3", port: nil), ["LstX1", "ProtoX3", "?"])]
        case .hasCertificate: [(.hasCertificate(listener: "LstX1"), ["LstX1"])]
        }
    }

    static func samples(_ entry: TargetGroups) -> [(TargetGroups, [String])] {
        switch entry {
        case .blocksLoadBalancer:
            [(.blocksLoadBalancer(target: "TgtX1", targetGroup: "TgX2", securityGroups: ["SgX3", "SgX4"], loadBalancer: "lbX5", port: 7717),
              ["TgtX1", "TgX2", "SgX3", "SgX4", "lbX5", "TCP 7717", "502/503"]),
             (.blocksLoadBalancer(target: "TgtX1", targetGroup: "TgX2", securityGroups: [], loadBalancer: "lbX5", port: 7717), ["TgtX1", "TgX2", "lbX5", "7717"])]
        case .admitsLoadBalancer: [(.admitsLoadBalancer(target: "TgtX1", loadBalancer: "lbX5"), ["TgtX1", "lbX5"])]
        case .targetPortUnknown: [(.targetPortUnknown(reason: "whyX6"), ["whyX6"])]
        case .securityGroupsNotInModel: [(.securityGroupsNotInModel, [])]
        case .ingressPortsUnknown: [(.ingressPortsUnknown(reason: "whyX6"), ["whyX6"])]
        case .ingressSourceUnknown: [(.ingressSourceUnknown(reason: "whyX6"), ["whyX6"])]
        case .whatToAdmitUnknown: [(.whatToAdmitUnknown(reason: "whyX6"), ["whyX6"])]
        }
    }

    static func samples(_ entry: ElasticIP) -> [(ElasticIP, [String])] {
        switch entry {
        case .cannotHoldElasticIP:
            [(.cannotHoldElasticIP(loadBalancer: "lbX1", subnet: "SubX2", problem: .applicationLoadBalancer), ["lbX1", "SubX2", "Elastic IP", "AllocationId", "CloudFormation"]),
             (.cannotHoldElasticIP(loadBalancer: "lbX1", subnet: nil, problem: .internalLoadBalancer), ["lbX1", "PrivateIPv4Address", "CloudFormation"])]
        case .sharedElasticIP:
            [(.sharedElasticIP(node: .node(loadBalancer: "lbX1", subnet: "SubX2"), allocation: "EipX3", others: [.resource(kind: "NAT gateway", name: "NatX4")]),
              ["lbX1", "SubX2", "EipX3", "NatX4"]),
             (.sharedElasticIP(
                node: .node(loadBalancer: "lbX1", subnet: nil), allocation: "EipX3",
                others: [.resource(kind: "instance association", name: "AssocX5"), .node(loadBalancer: "lbX6", subnet: "SubX7")]),
              ["lbX1", "EipX3", "AssocX5", "lbX6", "SubX7"])]
        case .elasticIPIsFree:
            [(.elasticIPIsFree(loadBalancer: "lbX1", subnet: "SubX2"), ["lbX1", "SubX2", "Elastic IP"]), (.elasticIPIsFree(loadBalancer: "lbX1", subnet: nil), ["lbX1"])]
        case .removeAllocation: [(.removeAllocation(mapping: "SubX2"), ["SubX2", "AllocationId", "Network Load Balancer"])]
        case .giveOwnElasticIP:
            [(.giveOwnElasticIP(mapping: "SubX2"), ["SubX2", "AWS::EC2::EIP", "AllocationId: !GetAtt <it>.AllocationId"]),
             (.giveOwnElasticIP(mapping: nil), ["AWS::EC2::EIP"])]
        case .allocationNotInTemplates: [(.allocationNotInTemplates(allocation: "stackX8/EipX3", region: "regionX9"), ["stackX8/EipX3", "regionX9", "Elastic IP"])]
        case .allocationNotInAccount: [(.allocationNotInAccount(allocation: "eipalloc-X3"), ["eipalloc-X3"])]
        case .allocationNotInConfiguration:
            [(.allocationNotInConfiguration(allocation: "aws_eip.x3", region: "regionX9"), ["aws_eip.x3", "regionX9", "aws_eip"])]
        }
    }

    static func samples(_ entry: ElasticIP.HolderProblem) -> [(ElasticIP.HolderProblem, [String])] {
        switch entry {
        case .applicationLoadBalancer: [(.applicationLoadBalancer, ["Application Load Balancer", "AllocationId"])]
        case .internalLoadBalancer: [(.internalLoadBalancer, ["Elastic IP", "PrivateIPv4Address"])]
        }
    }

    /// Every kind of holder the readers give (`ElasticIPHolder.kind`) reads in Japanese.
    static let holderKinds = [
        "NAT gateway", "network interface association", "instance association", "instance (the EIP's InstanceId)",
        "instance (the EIP's instance)", "network interface (the EIP's network_interface)",
    ]

    static func samples(_ entry: ElasticIP.Holder) -> [(ElasticIP.Holder, [String])] {
        switch entry {
        case .node: [(.node(loadBalancer: "lbX1", subnet: "SubX2"), ["lbX1", "SubX2"]), (.node(loadBalancer: "lbX1", subnet: nil), ["lbX1"])]
        case .resource: holderKinds.map { (.resource(kind: $0, name: "HolderX3"), ["HolderX3"]) }
        }
    }

    @Test func redirectMessages() {
        let keys: [Redirect] = [
            .redirectToNoListener(listener: "", port: 0), .redirectToPlainListener(listener: "", port: 0, protocol: ""),
            .redirectLandsOnListener(listener: ""), .httpsRedirectLandsOnListener(listener: "", port: nil), .loadBalancerNotInModel(loadBalancer: ""),
            .redirectProtocolUnknown(reason: ""), .listenerPortUnknown(listener: "", reason: ""), .listenerProtocolUnknown(listener: "", reason: ""),
            .listenersOf(loadBalancer: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/RedirectToMissingHTTPSListener+Message.swift")
    }

    @Test func certificateMessages() {
        let keys: [Certificate] = [.noCertificate(listener: "", protocol: "", port: nil), .hasCertificate(listener: "")]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/HTTPSListenerWithoutCertificate+Message.swift")
    }

    @Test func targetSecurityGroupMessages() {
        let keys: [TargetGroups] = [
            .blocksLoadBalancer(target: "", targetGroup: "", securityGroups: [], loadBalancer: "", port: 0), .admitsLoadBalancer(target: "", loadBalancer: ""),
            .targetPortUnknown(reason: ""), .securityGroupsNotInModel, .ingressPortsUnknown(reason: ""), .ingressSourceUnknown(reason: ""),
            .whatToAdmitUnknown(reason: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/TargetSecurityGroupBlocksLoadBalancer+Message.swift")
    }

    @Test func elasticIPMessages() {
        let keys: [ElasticIP] = [
            .cannotHoldElasticIP(loadBalancer: "", subnet: nil, problem: .applicationLoadBalancer),
            .sharedElasticIP(node: .node(loadBalancer: "", subnet: nil), allocation: "", others: []), .elasticIPIsFree(loadBalancer: "", subnet: nil),
            .removeAllocation(mapping: ""), .giveOwnElasticIP(mapping: nil),
            .allocationNotInTemplates(allocation: "", region: ""), .allocationNotInAccount(allocation: ""), .allocationNotInConfiguration(allocation: "", region: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Rules/LoadBalancerElasticIP+Message.swift")
        let problems: [ElasticIP.HolderProblem] = [.applicationLoadBalancer, .internalLoadBalancer]
        for key in problems { checkCatalog(Self.samples(key)) }
        checkEveryCase(problems, declaredIn: "Sources/Rules/LoadBalancerElasticIP+Message.swift")
        let holders: [ElasticIP.Holder] = [.node(loadBalancer: "", subnet: nil), .resource(kind: "", name: "")]
        for key in holders { checkCatalog(Self.samples(key)) }
        checkEveryCase(holders, declaredIn: "Sources/Rules/LoadBalancerElasticIP+Message.swift")
    }

    /// A kind of holder no reader gives yet is named as the model names it.
    @Test func unforeseenHolderKindStaysAsGiven() {
        #expect(ElasticIP.Holder.resource(kind: "kindX4", name: "HolderX3").japanese == "kindX4 HolderX3")
    }

    /// The English the rules wrote before their messages moved into the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(Redirect.redirectToNoListener(listener: "LstX1", port: 8443).english
            == "LstX1 redirects HTTP clients to https://…:8443/ but it has no listener on 8443, so every redirected client gets a 301 and then nothing.")
        #expect(Redirect.redirectToPlainListener(listener: "LstX1", port: 443, protocol: "HTTP").english
            == "LstX1 redirects HTTP clients to https://…:443/ but its listener on 443 speaks HTTP, so every redirected client gets a 301 and then nothing.")
        #expect(Redirect.httpsRedirectLandsOnListener(listener: "LstX1", port: nil).english == "the HTTPS redirect of LstX1 lands on a listener")
        #expect(Redirect.httpsRedirectLandsOnListener(listener: "LstX1", port: 443).english == "the HTTPS redirect of LstX1 lands on a listener on 443")
        #expect(Redirect.listenerPortUnknown(listener: "LstX5", reason: "whyX4").english == "the port of LstX5 is unknown (whyX4)")
        #expect(Redirect.loadBalancerNotInModel(loadBalancer: "?").english == "load balancer ? is not in the model, so its other listeners are unknown")
        #expect(Redirect.listenersOf(loadBalancer: "lbX2").english == "listeners of lbX2")
        #expect(Certificate.noCertificate(listener: "LstX1", protocol: "HTTPS", port: nil).english
            == "LstX1 (HTTPS ?) has no certificate, so no TLS handshake on it can complete.")
        #expect(TargetGroups.blocksLoadBalancer(target: "TgtX1", targetGroup: "TgX2", securityGroups: [], loadBalancer: "lbX5", port: 8080).english
            == "TgtX1, a target of TgX2, has security groups (none) that do not admit lbX5 on TCP 8080, so its health checks fail and requests get 502/503.")
        #expect(TargetGroups.blocksLoadBalancer(target: "TgtX1", targetGroup: "TgX2", securityGroups: ["SgX3", "SgX4"], loadBalancer: "lbX5", port: 8080).english
            .contains("(SgX3, SgX4)"))
        #expect(ElasticIP.cannotHoldElasticIP(loadBalancer: "lbX1", subnet: nil, problem: .internalLoadBalancer).english
            == "lbX1 gives its node in a subnet an Elastic IP, but an internal load balancer takes no Elastic IP (its mappings take PrivateIPv4Address), so CloudFormation will reject it.")
        #expect(ElasticIP.sharedElasticIP(node: .node(loadBalancer: "lbX1", subnet: "SubX2"), allocation: "EipX3", others: [.resource(kind: "NAT gateway", name: "NatX4")]).english
            == "lbX1's node in SubX2 is given Elastic IP EipX3, which NAT gateway NatX4 also holds: an address is held by one of them only, so the load balancer cannot be created or that node stops answering on it.")
        #expect(ElasticIP.sharedElasticIP(
            node: .node(loadBalancer: "lbX1", subnet: "SubX2"), allocation: "EipX3",
            others: [.resource(kind: "NAT gateway", name: "NatX4"), .node(loadBalancer: "lbX6", subnet: nil)]).english
            .contains("which NAT gateway NatX4 and lbX6's node in a subnet also hold: "))
        #expect(ElasticIP.elasticIPIsFree(loadBalancer: "lbX1", subnet: "SubX2").english == "the Elastic IP of lbX1's node in SubX2 is free for it")
        #expect(ElasticIP.allocationNotInAccount(allocation: "eipalloc-X3").english == "allocation eipalloc-X3 was not returned by the account")
    }

    /// Names and addresses stand apart from the Japanese around them (和欧間スペース).
    @Test func japaneseSpacing() {
        #expect(Redirect.httpsRedirectLandsOnListener(listener: "LstX1", port: 443).japanese == "LstX1 の HTTPS リダイレクト先のポート 443 にリスナーがあること")
        #expect(Redirect.httpsRedirectLandsOnListener(listener: "LstX1", port: nil).japanese == "LstX1 の HTTPS リダイレクト先にリスナーがあること")
        #expect(Redirect.listenersOf(loadBalancer: "lbX2").japanese == "lbX2 のリスナー")
        #expect(Certificate.noCertificate(listener: "LstX1", protocol: "HTTPS", port: 443).japanese
            == "LstX1（HTTPS 443）には証明書がないため、このリスナーでは TLS ハンドシェイクがどれも完了しません。")
        #expect(ElasticIP.Holder.node(loadBalancer: "lbX1", subnet: "SubX2").japanese == "lbX1 の SubX2 のノード")
        #expect(ElasticIP.Holder.node(loadBalancer: "lbX1", subnet: nil).japanese == "lbX1 のいずれかのサブネットのノード")
        #expect(ElasticIP.cannotHoldElasticIP(loadBalancer: "lbX1", subnet: "SubX2", problem: .applicationLoadBalancer).japanese
            == "lbX1 は SubX2 のノードに Elastic IP を割り当てていますが、Application Load Balancer は AllocationId を受け付けないため、CloudFormation はこれを拒否します。")
        #expect(ElasticIP.sharedElasticIP(node: .node(loadBalancer: "lbX1", subnet: "SubX2"), allocation: "EipX3", others: [.resource(kind: "NAT gateway", name: "NatX4")]).japanese
            .hasPrefix("lbX1 の SubX2 のノードには Elastic IP EipX3 が割り当てられていますが、NAT ゲートウェイ NatX4 もこれを保持しています。"))
    }
}
