import Localization
import Reports
import Testing
import _TestSupport

/// What `aws`, `probe`, `logs` and `diagnose` say they checked, in both languages.
@Suite struct ViewScopeTests {
    static func samples(_ entry: ViewScope) -> [(ViewScope, [String])] {
        switch entry {
        case .account: [(.account(region: "regionX1", loadBalancers: 3, subnets: 7, rules: 15), ["regionX1", "3", "7", "15"])]
        case .probe: [(.probe(addresses: 2, hosts: ["hostX2", "hostX3"]), ["2", "hostX2", "hostX3"])]
        case .logs: [(.logs(lines: 1234), ["1234"])]
        case .diagnosis: [(.diagnosis(url: "https://x.example/", views: ["probe", "logs"]), ["https://x.example/", "probe", "logs"])]
        }
    }

    @Test func everyScope() {
        let keys: [ViewScope] = [.account(region: "", loadBalancers: 0, subnets: 0, rules: 0), .probe(addresses: 0, hosts: []), .logs(lines: 0), .diagnosis(url: "", views: [])]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/ViewScope.swift")
    }

    @Test func theEnglishIsAsItWas() {
        #expect(ViewScope.account(region: "ap-northeast-1", loadBalancers: 1, subnets: 5, rules: 15).english == "region ap-northeast-1: 1 load balancer, 5 subnets, 15 rules")
        #expect(ViewScope.probe(addresses: 1, hosts: ["a.example"]).english == "1 address of a.example")
        #expect(ViewScope.diagnosis(url: "https://a.example/", views: ["probe", "account"]).english == "https://a.example/ through probe, account")
    }
}
