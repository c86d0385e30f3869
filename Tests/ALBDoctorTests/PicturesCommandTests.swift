import Foundation
import Testing
import _TestSupport

/// `--format html` and `--format markdown` as a person sees them: rendered by headless Chromium,
/// the Mermaid checked by Mermaid itself.
@Suite(.timeLimit(.minutes(5)))
struct PicturesCommandTests {
    /// `albdoctor ARGS` with a fixed `SOURCE_DATE_EPOCH` (2025-12-25T23:40:00Z).
    private func albdoctor(_ arguments: [String]) async throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["ALBDOCTOR_LANG"] = "en"  // English output whatever the machine's locale
        environment["SOURCE_DATE_EPOCH"] = "1766706000"
        environment["NO_COLOR"] = "1"
        return try await runProcess(Repository.executable, arguments, environment: environment)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-pictures-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let lintIncident = ["lint", Repository.path("fixtures/unrouted-alb-subnet"), "--region", "ap-northeast-1"]

    @Test func theSameInputGivesTheSameBytes() async throws {
        let first = try await albdoctor(Self.lintIncident + ["--format", "html"])
        let second = try await albdoctor(Self.lintIncident + ["--format", "html"])
        #expect(first.status == 1)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("2025-12-25T23:40:00Z"))
        #expect(first.stdout.hasPrefix("<!DOCTYPE html>"))
        let markdown = try await albdoctor(Self.lintIncident + ["--format", "markdown"])
        #expect(markdown.stdout == (try await albdoctor(Self.lintIncident + ["--format", "markdown"])).stdout)
    }

    @Test(.requires(Chromium.requirement))
    func theLintPageShowsTheBrokenSubnetAndFetchesNothing() async throws {
        let result = try await albdoctor(Self.lintIncident + ["--format", "html"])
        let page = try write(result.stdout, "lint.html")
        let (dom, requests) = try await Chromium.dumpDOM(page, screenshot: try .init("lint.png", width: 1000, height: 1300))
        #expect(requests == [], "the page fetched \(requests)")
        #expect(dom.contains("<svg"))
        #expect(dom.contains(#"class="box subnet broken" data-subnet="PublicSubnetB""#))
        #expect(dom.contains(#"class="box subnet" data-subnet="PublicSubnetA""#))
        #expect(dom.contains(#"class="link broken""#))
        #expect(dom.contains(#"data-rule="ALB001""#))
    }

    @Test(.requires(Chromium.requirement))
    func theFetchCheckSeesAPageThatFetches() async throws {
        // The control: without albdoctor's Content-Security-Policy, an image from the network is requested.
        let page = try write(#"<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png"></body></html>"#, "fetches.html")
        let (_, requests) = try await Chromium.dumpDOM(page)
        #expect(requests == ["http://127.0.0.1:9/x.png"])
    }

    @Test(.requires(Chromium.requirement))
    func theLogsPageHasTheTimelineAndTheNodes() async throws {
        let result = try await albdoctor(["logs", Repository.path("fixtures/orphan-redirect-logs"), "--format", "html"])
        let page = try write(result.stdout, "logs.html")
        let (dom, requests) = try await Chromium.dumpDOM(page, screenshot: try .init("logs.png", width: 1200, height: 900))
        #expect(requests == [])
        #expect(dom.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline""#))
        #expect(dom.contains(#"class="bar orphan""#), "\(dom.prefix(3000))")
        #expect(dom.contains(#"id="nodes""#))
    }

    /// A page that asks Mermaid (diagram-renderer's mermaid.min.js) to parse and draw `diagram`,
    /// and writes the outcome into the body's `data-result`.
    private func mermaid(_ diagram: String) async throws -> String {
        let script = try await runProcess(try #require(which("python3")), ["-c", "import diagram_renderer, os; print(os.path.join(os.path.dirname(diagram_renderer.__file__), 'renderers/static/js/mermaid.min.js'))"])
        let library = script.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(FileManager.default.fileExists(atPath: library), "\(script.stderr)")
        let encoded = String(decoding: try JSONEncoder().encode(diagram), as: UTF8.self)
        let page = try write("""
            <!DOCTYPE html><html><head><script src="\(URL(fileURLWithPath: library).absoluteString)"></script></head><body data-result="pending"><script>
            mermaid.initialize({startOnLoad: false});
            (async () => {
              try {
                await mermaid.parse(\(encoded));
                const drawn = await mermaid.render("diagram", \(encoded));
                document.body.setAttribute("data-result", drawn.svg.includes("<svg") ? "rendered" : "no svg");
              } catch (error) {
                document.body.setAttribute("data-result", "rejected");
              }
            })();
            </script></body></html>
            """, "mermaid.html")
        let (dom, _) = try await Chromium.dumpDOM(page, budgetMilliseconds: 15000)
        return dom.firstMatch(of: /data-result="([^"]*)"/).map { String($0.1) } ?? "no body"
    }

    private func mermaidBlock(_ markdown: String) throws -> String {
        let match = try #require(markdown.firstMatch(of: /```mermaid\n([\s\S]*?)```\n/), "\(markdown)")
        return String(match.1)
    }

    @Test(.requires(Chromium.requirement, .python("diagram_renderer", packages: "diagram-renderer")))
    func mermaidAcceptsAndDrawsTheNetwork() async throws {
        let markdown = try await albdoctor(Self.lintIncident + ["--format", "markdown"])
        let diagram = try mermaidBlock(markdown.stdout)
        #expect(diagram.contains("-.-x|\"ALB001: PublicSubnetB"))
        #expect(try await mermaid(diagram) == "rendered")
        // The check can fail: a broken diagram is rejected.
        #expect(try await mermaid("flowchart TB\n  n1[\"unclosed\n  n1 --> \n") == "rejected")
    }

    /// A template whose load balancer name and zone carry markup, quotes, an entity and a mention.
    static let hostile = """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          VPC:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: "zone-<b>x</b>" }
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, CidrBlock: 10.0.1.0/24, AvailabilityZone: "zone-\\"q\\"-'s'-&amp;-`x`-@team" }
          LB:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Name: "<script>alert('x')</script>"
              Scheme: internet-facing
              Subnets: [!Ref SubnetA, !Ref SubnetB]
        """

    @Test func namesAreEscapedEverywhere() async throws {
        let template = try write(Self.hostile, "hostile.yaml")
        let html = try await albdoctor(["lint", template, "--format", "html"]).stdout
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>x</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;"))
        let markdown = try await albdoctor(["lint", template, "--format", "markdown"]).stdout
        let diagram = try mermaidBlock(markdown)
        #expect(diagram.contains("#lt;script#gt;alert('x')#lt;/script#gt;"))
        #expect(diagram.contains("zone-#quot;q#quot;-'s'-#amp;amp;-#96;x#96;-@team"))
        #expect(!diagram.contains("`"))
        // Outside the diagram, a mention is broken by a word joiner and markup is escaped.
        let outside = markdown.replacingOccurrences(of: diagram, with: "")
        #expect(!outside.contains("@team"))
        #expect(!outside.contains("<script>"))
    }

    @Test(.requires(Chromium.requirement, .python("diagram_renderer", packages: "diagram-renderer")))
    func hostileNamesStillMakeAValidDiagramAndPage() async throws {
        let template = try write(Self.hostile, "hostile.yaml")
        let markdown = try await albdoctor(["lint", template, "--format", "markdown"]).stdout
        #expect(try await mermaid(try mermaidBlock(markdown)) == "rendered")
        let page = try write(try await albdoctor(["lint", template, "--format", "html"]).stdout, "hostile.html")
        let (dom, requests) = try await Chromium.dumpDOM(page)
        #expect(requests == [])
        #expect(!dom.contains("<script>alert"))
        #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
    }

    @Test func formatsAViewCannotWriteAreRefused() async throws {
        let result = try await albdoctor(["probe", "test.jp", "--format", "markdown"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format markdown is not for probe; it writes text, json, html."), "\(result.stderr)")
    }
}
