import Foundation

/// `albdoctor ARGUMENTS` as a user runs it: from the repository's root, without colour, in
/// English whatever this machine's locale (`ALBDOCTOR_LANG=en`) unless `environment` says
/// otherwise. `unset` names variables of this process's environment the run must not see (e.g.
/// `AWS_REGION`, so that the region is what the arguments say).
public func albdoctor(_ arguments: [String], unset: [String] = [], environment overrides: [String: String] = [:]) async throws -> ProcessResult {
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["ALBDOCTOR_LANG"] = "en"
    for name in unset { environment[name] = nil }
    environment.merge(overrides) { _, new in new }
    return try await runProcess(Repository.executable, arguments, environment: environment, currentDirectory: Repository.root.path)
}

/// `albdoctor ARGUMENTS…` as a user runs it (see the array form).
public func albdoctor(_ arguments: String...) async throws -> ProcessResult {
    try await albdoctor(arguments)
}
