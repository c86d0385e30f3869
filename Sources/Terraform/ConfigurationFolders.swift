internal import Foundation

extension Configuration {
    /// The folders whose `terraform.tfvars` and `*.auto.tfvars` apply: each folder given, and
    /// each file's own folder, once each in the order given.
    static func folders(of paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.map { path -> String in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return exists && isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent.ifEmpty(".")
        }.filter { seen.insert($0).inserted }
    }
}
