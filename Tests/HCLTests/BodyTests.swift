import HCL
import Testing

@Suite struct BodyTests {
    @Test func blocksAttributesAndPositions() throws {
        let body = try HCLParser.parseBody("""
            # a comment
            region = "ap-northeast-1" // trailing
            /* block
               comment */
            resource "aws_subnet" "public" {
              count  = 2
              vpc_id = aws_vpc.main.id
              tags   = { Name = "public-${count.index}" }
              lifecycle { create_before_destroy = true }
            }
            locals {}
            """, file: "main.tf")
        #expect(body.attributes.map(\.name) == ["region"])
        #expect(body.attributes[0].position.description == "main.tf:2:1")
        let resource = try #require(body.blocks.first)
        #expect(resource.type == "resource" && resource.labels == ["aws_subnet", "public"])
        #expect(resource.position.description == "main.tf:5:1")
        #expect(resource.body.attribute("vpc_id")?.value.position.description == "main.tf:7:12")
        #expect(resource.body.blocks("lifecycle").count == 1)
        #expect(body.blocks.map(\.type) == ["resource", "locals"])
    }

    @Test func jsonSyntaxMapsToTheSameBody() throws {
        let body = try JSONBody.parse("""
            {
              "resource": {
                "aws_subnet": {
                  "b": { "vpc_id": "${aws_vpc.main.id}", "cidr_block": "10.0.2.0/24" }
                }
              },
              "variable": { "region": { "default": "us-east-1" } },
              "//": "comment"
            }
            """, file: "main.tf.json", blockLabels: ["resource": 2, "variable": 1])
        #expect(body.blocks.map(\.labels) == [["aws_subnet", "b"], ["region"]])
        let subnet = body.blocks[0]
        #expect(subnet.position.description == "main.tf.json:4:7")
        #expect(subnet.body.attribute("vpc_id").map { render($0.value) } == "\"${aws_vpc.main.id}\"")
        #expect(body.attributes.isEmpty)
    }
}

@Suite struct SyntaxErrorTests {
    func failure(_ text: String) -> HCLError? {
        do {
            _ = try HCLParser.parseBody(text, file: "bad.tf")
            return nil
        } catch {
            return error
        }
    }

    @Test func missingEquals() {
        let error = failure("resource \"aws_vpc\" \"main\" {\n  cidr_block \"10.0.0.0/16\"\n}\n")
        #expect(error?.position.description == "bad.tf:2:27")
        #expect(error?.expected.english == "a block label or `{`")
    }

    @Test func unclosedBlock() {
        let error = failure("locals {\n  a = 1\n")
        #expect(error?.position.description == "bad.tf:3:1")
        #expect(error?.expected.english == "`}` to close the block")
    }

    @Test func unclosedString() {
        let error = failure("a = \"abc\nb = 1\n")
        #expect(error?.position.description == "bad.tf:1:9")
        #expect(error?.expected.english.contains("close the string") == true)
    }

    @Test func twoAttributesOnOneLine() {
        let error = failure("a = 1 b = 2\n")
        #expect(error?.position.description == "bad.tf:1:7")
        #expect(error?.found.english == "`b`")
    }

    @Test func badExpression() {
        #expect(failure("a = )\n")?.expected.english == "an expression")
        #expect(failure("a = [1, 2\n")?.expected.english == "`,` or `]` in the list")
        #expect(failure("a = f(1 2)\n")?.expected.english == "`,` or `)` in the arguments of f()")
        #expect(failure("a = { b 1 }\n")?.expected.english == "`=` or `:` after the object key")
        #expect(failure("a = [for x : x]\n")?.expected.english == "`in` after the for variables")
        #expect(failure("a = x ? 1\n")?.expected.english == "`:` between the two results of the conditional")
    }

    @Test func badTemplates() {
        #expect(failure("a = \"${b\"\n") != nil)
        #expect(failure("a = \"%{ if x }y\"\n")?.expected.english == "`%{ endif }` to close this `%{ if }`")
        #expect(failure("a = \"%{ endfor }\"\n")?.found.english == "`%{ endfor }` outside a `%{ for }`")
        #expect(failure("a = <<EOF\nno end\n")?.expected.english == "`EOF` to close the heredoc")
        #expect(failure("a = \"\\q\"\n")?.position.description == "bad.tf:1:7")
    }

    @Test func unclosedComment() {
        #expect(failure("/* never closed\n")?.expected.english == "`*/` to close the comment")
    }
}
