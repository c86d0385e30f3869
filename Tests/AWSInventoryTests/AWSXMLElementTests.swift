import AWSInventory
import Testing

@Suite struct AWSXMLElementTests {
    @Test func readsElementsTextEntitiesAndLists() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <requestId>r-1</requestId>
              <vpcSet>
                <item><vpcId>vpc-1</vpcId><cidrBlock>10.0.0.0/16</cidrBlock><tag key='x'>a &amp; b &lt;c&gt; &#233;&#x263A;</tag></item>
                <item><vpcId>vpc-2</vpcId><empty/><data><![CDATA[<raw>]]></data></item>
              </vpcSet>
            </DescribeVpcsResponse>
            """
        let root = try XMLReader.parse(Array(xml.utf8))
        #expect(root.name == "DescribeVpcsResponse")
        let items = root.list("vpcSet")
        #expect(items.map { $0.string("vpcId") } == ["vpc-1", "vpc-2"])
        #expect(items[0].string("tag") == "a & b <c> é☺")
        #expect(items[1].string("empty") == "")
        #expect(items[1].string("data") == "<raw>")
        #expect(root.path("vpcSet/item/cidrBlock")?.text == "10.0.0.0/16")
    }

    @Test func namespacePrefixesAreDropped() throws {
        let root = try XMLReader.parse(Array("<a:Root xmlns:a='x'><a:Child>v</a:Child></a:Root>".utf8))
        #expect(root.name == "Root")
        #expect(root.string("Child") == "v")
    }

    @Test(arguments: [
        ("<a><b></a>", "expected </b>, found </a>"),
        ("<a>", "expected </a>"),
        ("", "expected the root element"),
        ("<a>&bogus;</a>", "unknown entity &bogus;"),
        ("<!DOCTYPE x [<!ENTITY e 'x'>]><a/>", "document type declarations are not accepted"),
        ("<a><!DOCTYPE x></a>", "document type declarations are not accepted"),
        ("<a b=c/>", "expected a quoted attribute value"),
    ])
    func malformedXMLIsAnErrorWithOffset(text: String, expected: String) {
        do {
            _ = try XMLReader.parse(Array(text.utf8))
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "got: \(error.description)")
        }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(throws: XMLReader.Error.self) { try XMLReader.parse(Array(text.utf8)) }
    }
}
