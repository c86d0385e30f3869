public import Foundation

/// `--save-snapshot` / `--snapshot`: the inventory as versioned JSON, analysable offline.
public enum Snapshot {
    public static func encode(_ inventory: Inventory) throws(AWSError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(inventory)
        } catch {
            throw AWSError(.snapshot, "cannot write the snapshot as JSON: \(error)")
        }
    }

    public static func decode(_ data: Data, file: String) throws(AWSError) -> Inventory {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Header: Decodable { var formatVersion: Int? }
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw AWSError(.snapshot, "\(file) is not an albdoctor snapshot (not JSON); make one with `albdoctor aws --save-snapshot FILE`")
        }
        guard header.formatVersion == Inventory.currentFormatVersion else {
            throw AWSError(.snapshot, "\(file) is a snapshot of format \(header.formatVersion.map(String.init) ?? "unknown"); this albdoctor reads format \(Inventory.currentFormatVersion)")
        }
        do {
            return try decoder.decode(Inventory.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw AWSError(.snapshot, "\(file) lacks '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw AWSError(.snapshot, "\(file) is not a valid snapshot: \(error)")
        }
    }
}
