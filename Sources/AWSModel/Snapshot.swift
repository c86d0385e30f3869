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
            throw AWSError(.snapshot, .snapshotNotEncodable(reason: "\(error)"))
        }
    }

    public static func decode(_ data: Data, file: String) throws(AWSError) -> Inventory {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Header: Decodable { var formatVersion: Int? }
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw AWSError(.snapshot, .snapshotNotJSON(file: file))
        }
        guard header.formatVersion == Inventory.currentFormatVersion else {
            throw AWSError(.snapshot, .snapshotFormat(file: file, format: header.formatVersion, reads: Inventory.currentFormatVersion))
        }
        do {
            return try decoder.decode(Inventory.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw AWSError(.snapshot, .snapshotLacksKey(file: file, key: key.stringValue, path: context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch {
            throw AWSError(.snapshot, .snapshotInvalid(file: file, reason: "\(error)"))
        }
    }
}
