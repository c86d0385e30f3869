@testable import AWSInventory
import Testing
import _TestSupport

/// The warnings of `aws` about what it left out: every key in English and Japanese, with the same
/// values. The exhaustive switch and `checkEveryCase` keep every key tested.
@Suite struct InventoryWarningTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: InventoryWarning) -> [(InventoryWarning, [String])] {
        switch entry {
        case .itemWithoutID: [(.itemWithoutID(call: "DescribeCallX1", idField: "fieldX2"), ["DescribeCallX1", "fieldX2"])]
        case .endpointsNotAllowed: [(.endpointsNotAllowed, ["ec2:DescribeVpcEndpoints", "Gateway Load Balancer"])]
        }
    }

    @Test func everyKey() {
        let keys: [InventoryWarning] = [.itemWithoutID(call: "", idField: ""), .endpointsNotAllowed]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/AWSInventory/InventoryWarning.swift")
    }

    /// The English is what `aws` printed before the catalog.
    @Test func englishIsUnchanged() {
        #expect(InventoryWarning.itemWithoutID(call: "DescribeSubnets", idField: "subnetId").english
            == "DescribeSubnets returned an item without subnetId; it was left out of the checks")
    }
}
