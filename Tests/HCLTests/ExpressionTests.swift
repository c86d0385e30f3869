import HCL
import Testing

@Suite struct ExpressionTests {
    @Test func literals() throws {
        #expect(try expression("null") == "null")
        #expect(try expression("true") == "true")
        #expect(try expression("42") == "42")
        #expect(try expression("1.5e2") == "150")
        #expect(try expression("\"a\\tb\\u00e9\"") == "\"a\tbé\"")
    }

    @Test func operatorsFollowHCLPrecedence() throws {
        #expect(try expression("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(try expression("a || b && c == d") == "(|| a (&& b (== c d)))")
        #expect(try expression("a < b + 1 != c") == "(!= (< a (+ b 1)) c)")
        #expect(try expression("1 - 2 - 3") == "(- (- 1 2) 3)")
        #expect(try expression("!a && -b > 0") == "(&& (! a) (> (- b) 0))")
        #expect(try expression("a ? b : c ? d : e") == "(? a b (? c d e))")
        #expect(try expression("(1 + 2) * 3") == "(* ((+ 1 2)) 3)")
    }

    @Test func traversalsAndSplats() throws {
        #expect(try expression("aws_subnet.public[0].id") == "aws_subnet.public[0].id")
        #expect(try expression("aws_subnet.az[\"a\"].id") == "aws_subnet.az[\"a\"].id")
        #expect(try expression("aws_subnet.public[*].id") == "(splat aws_subnet.public _.id)")
        #expect(try expression("var.list.*.name") == "(splat var.list _.name)")
        #expect(try expression("var.x[*].a[0]") == "(splat var.x _.a[0])")
        // A full splat takes every traversal after it, a nested full splat included: a list of lists.
        #expect(try expression("fw.sync_states[*].attachment[*].endpoint_id") == "(splat fw.sync_states (splat _.attachment _.endpoint_id))")
        #expect(try expression("var.x[*].a[*]") == "(splat var.x (splat _.a _))")
        // An attribute-only splat ends where a bracket starts: `[0]` indexes its result.
        #expect(try expression("var.x.*.a[0]") == "(splat var.x _.a)[0]")
        #expect(try expression("var.list.0") == "var.list[0]")
        #expect(try HCLParser.parseExpression("aws_subnet.public[1].id", file: "t").traversal == ["aws_subnet", "public", "1", "id"])
    }

    @Test func collections() throws {
        #expect(try expression("[1, 2,]") == "[1, 2]")
        #expect(try expression("[\n  1,\n  2\n]") == "[1, 2]")
        #expect(try expression("{ a = 1, \"b\" : 2\n c = [3] }") == "{\"a\"=1, \"b\"=2, \"c\"=[3]}")
        #expect(try expression("{ (var.k) = 1 }") == "{(var.k)=1}")
    }

    @Test func functionCalls() throws {
        #expect(try expression("cidrsubnet(var.cidr, 8, count.index)") == "cidrsubnet(var.cidr, 8, count.index)")
        #expect(try expression("concat(a, b...)") == "concat(a, b...)")
        #expect(try expression("length([])") == "length([])")
    }

    @Test func forExpressions() throws {
        #expect(try expression("[for s in var.subnets : s.id if s.public]") == "(for s in var.subnets : s.id if s.public)")
        #expect(try expression("{for k, v in var.m : v => k...}") == "(for k, v in var.m : v => k...)")
        #expect(try expression("{for i, z in local.zones : z => cidrsubnet(var.cidr, 8, i)}") == "(for i, z in local.zones : z => cidrsubnet(var.cidr, 8, i))")
    }

    @Test func templates() throws {
        #expect(try expression("\"${var.name}-subnet\"") == "\"${var.name}-subnet\"")
        #expect(try expression("\"$${literal} %%{x}\"") == "\"${literal} %{x}\"")
        #expect(try expression("\"a ${~ b ~} c\"") == "\"a${b}c\"")
        #expect(try expression("\"%{ if x }yes%{ else }no%{ endif }\"") == "\"%{if x}yes%{else}no%{endif}\"")
        #expect(try expression("\"%{ for i, s in list }${s},%{ endfor }\"") == "\"%{for i, s in list}${s},%{endfor}\"")
        #expect(try expression("\"${ {a = 1}.a }\"") == "\"${{\"a\"=1}.a}\"")
    }

    @Test func heredocs() throws {
        #expect(try expression("<<EOF\nhello ${name}\nEOF\n") == "\"hello ${name}\n\"")
        #expect(try expression("<<-EOT\n    a\n      b\n    EOT\n") == "\"a\n  b\n\"")
    }

    /// Inputs nested past what real configurations use are refused where the nesting goes too
    /// deep, not read until the stack runs out; 40 levels are read.
    @Test(arguments: [
        (String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000), "an expression nested at most 64 deep"),
        (String(repeating: "!", count: 5000) + "true", "an expression nested at most 64 deep"),
        ("x" + String(repeating: "[*]", count: 5000), "an expression nested at most 64 deep"),
        (String(repeating: "true ? 1 : ", count: 5000) + "2", "an expression nested at most 64 deep"),
        (String(repeating: "\"${", count: 5000) + "1" + String(repeating: "}\"", count: 5000), "templates nested at most 64 deep"),
        (Array(repeating: "1", count: 5000).joined(separator: "+"), "at most 256 operators in a row"),
    ])
    func tooDeepIsASyntaxErrorAtItsPlace(text: String, expected: String) {
        let error = #expect(throws: HCLError.self) { try HCLParser.parseExpression(text, file: "deep.tf") }
        #expect(error?.expected.english.hasPrefix(expected) == true, "\(String(describing: error))")
        #expect(error.map { $0.position.line == 1 && $0.position.column > 1 } == true, "\(String(describing: error))")
    }

    @Test func fortyLevelsAreRead() throws {
        #expect(try expression(String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)).hasSuffix("1" + String(repeating: ")", count: 40)))
        #expect(try expression(Array(repeating: "1", count: 200).joined(separator: "+")).hasPrefix("(+ (+"))
    }
}
