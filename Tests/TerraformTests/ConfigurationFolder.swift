import Foundation
import Terraform

/// Writes `files` (paths relative to the folder) into a temporary folder and reads it as `lint` reads a configuration.
func readConfiguration(_ files: [String: String], variables: [String] = [], region: String = "ap-northeast-1") throws -> TerraformReader.Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-tf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
    return try TerraformReader(paths: [folder.path], variables: variables, region: region).read()
}
