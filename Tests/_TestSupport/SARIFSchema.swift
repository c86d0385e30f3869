import Foundation

/// Validates a SARIF file against the OASIS SARIF 2.1.0 schema (kept in Tests/ReportsTests/Schemas)
/// with python3's jsonschema; the result's status is 0 and its output `valid` when it conforms.
public func validateSARIF(_ file: String) async throws -> ProcessResult {
    let validator = "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')"
    guard let python = which("python3") else { throw PeerError(message: "python3 is not installed") }
    return try await runProcess(python, ["-c", validator, file, Repository.path("Tests/ReportsTests/Schemas/sarif-schema-2.1.0.json")])
}
