public import Foundation

/// Paths inside this repository, found from this file's own location.
public enum Repository {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path below the root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The `albdoctor` executable that `swift test` built next to the test bundle.
    public static var executable: String {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("albdoctor").path,
            Bundle.main.bundleURL.appendingPathComponent("albdoctor").path,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("albdoctor").path,
            path(".build/debug/albdoctor"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }
}
