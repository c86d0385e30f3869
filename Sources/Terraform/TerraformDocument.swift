internal import Foundation

/// A file of Terraform's own making given to `lint`: the JSON of a plan (`terraform show -json
/// PLAN`), of a state (`terraform show -json`), or a state file (`terraform.tfstate`, format 3
/// or 4). Told apart by content; what looks like one but cannot be read (a binary plan, UTF-16,
/// the log stream of `terraform plan -json`, JSON cut short) is refused, saying what to run.
public enum TerraformDocument {
    /// How many bytes are looked at to tell what a file is.
    static let sniffLength = 65_536

    /// Whether `path` is Terraform's at all: a configuration (folder or `.tf` file) or a file
    /// Terraform wrote. `lint` picks its reader by this.
    public static func isTerraform(_ path: String) -> Bool {
        Configuration.isTerraform(path) || isDocument(path)
    }

    /// `paths` with each folder that holds no configuration (`.tf`, `.tf.json`) but plan or state
    /// files replaced by those files (not below), so that a folder of saved plans or states is
    /// linted as they are; every other path as given.
    public static func expandingFolders(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue, !Configuration.isTerraform(path) else { return [path] }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            let documents = names.map { (path as NSString).appendingPathComponent($0) }.filter(isDocument)
            return documents.isEmpty ? [path] : documents
        }
    }

    /// Whether `path` is a file that Terraform wrote: a plan or state, readable or not.
    public static func isDocument(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: sniffLength)) ?? Data()
        return sniff(head) != nil
    }

    /// What the first bytes of a file say it is; nil when it is not Terraform's.
    enum Kind: Equatable {
        case json
        case binaryPlan
        case utf16
        case logStream
    }

    static func sniff(_ head: Data) -> Kind? {
        let bytes = [UInt8](head.prefix(sniffLength))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A zip: a plan when one of its entries is `tfplan`.
            return bytes.containsBytes(Array("tfplan".utf8)) ? .binaryPlan : nil
        }
        if let text = utf16Text(bytes) {
            return mentionsTerraform(text) ? .utf16 : nil
        }
        // The head may end inside a character: decoding replaces what it cannot read.
        let text = String(decoding: bytes, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard trimmed.first == "{" else { return nil }
        let firstLine = trimmed.prefix { $0 != "\n" }
        if firstLine.contains("\"@level\"") && firstLine.contains("\"@message\"") { return .logStream }
        return mentionsTerraform(String(trimmed)) ? .json : nil
    }

    private static func mentionsTerraform(_ text: String) -> Bool {
        text.contains("\"format_version\"") || text.contains("\"terraform_version\"")
    }

    /// The text of UTF-16 bytes (with a byte-order mark, or every other byte NUL as ASCII gives).
    private static func utf16Text(_ bytes: [UInt8]) -> String? {
        let even = bytes.count - bytes.count % 2
        guard even >= 2 else { return nil }
        let body = Data(bytes.prefix(even))
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: body.dropFirst(2), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: body.dropFirst(2), encoding: .utf16BigEndian) }
        let pairs = stride(from: 0, to: min(even, 64), by: 2).map { (bytes[$0], bytes[$0 + 1]) }
        if pairs.allSatisfy({ $0.0 != 0 && $0.1 == 0 }) { return String(data: body, encoding: .utf16LittleEndian) }
        if pairs.allSatisfy({ $0.0 == 0 && $0.1 != 0 }) { return String(data: body, encoding: .utf16BigEndian) }
        return nil
    }

    /// The JSON of a plan or state file, whole, or the error that says what the file is and
    /// what to run instead.
    static func read(_ file: String) throws(TerraformError) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(file: file, reason: .cannotBeOpened) }
        return try decode(data, file: file)
    }

    /// The JSON of a plan or state given as bytes; `file` names it in errors.
    static func decode(_ data: Data, file: String) throws(TerraformError) -> JSONValue {
        switch sniff(data.prefix(sniffLength)) {
        case .binaryPlan?: throw .binaryPlan(file: file)
        case .utf16?: throw .utf16(file: file)
        case .logStream?: throw .logStream(file: file)
        case .json?, nil: break
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            let end = endPosition(of: data)
            let (line, column) = position(of: error) ?? end
            let reason = (line, column) >= end ? TerraformErrorReason.endsEarly : unexpected(error).map { TerraformErrorReason.unexpectedCharacter($0) } ?? .malformed
            throw .invalidJSON(file: file, line: line, column: column, reason: reason)
        }
    }

    /// Where the decoder stopped, when its error says.
    static func position(of error: any Error) -> (Int, Int)? {
        guard let match = String(describing: error).firstMatch(of: /line (\d+), column (\d+)/), let line = Int(match.1), let column = Int(match.2) else { return nil }
        return (line, column)
    }

    /// The line and column just past the last character: where JSON cut short stops.
    static func endPosition(of data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private static func unexpected(_ error: any Error) -> String? {
        String(describing: error).firstMatch(of: /character '([^']*)'/).map { String($0.1) }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in self[start..<(start + needle.count)].elementsEqual(needle) }
    }
}
