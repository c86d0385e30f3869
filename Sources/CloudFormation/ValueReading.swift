internal import Addresses
internal import Localization
internal import Topology

/// Reading evaluated property values as the model's types. A nil result means the property is
/// absent; unknown values keep their reason.
extension Value {
    /// The value as text; tokens are shown as logical ids.
    var text: Known<String> {
        switch kind {
        case .string(let text): .known(PhysicalID.display(text))
        case .unknown(let reason): .unknown(reason: located(reason))
        case .noValue: .unknown(.noValue)
        case .list, .map: .unknown(.notSingleValue(found: display))
        }
    }

    /// The value as a resource: a token is the template resource, plain text an AWS id.
    var resourceID: Known<ResourceID> {
        switch kind {
        case .string(let text):
            if let reference = PhysicalID.reference(in: text) {
                let name = reference.attribute.map { "\(reference.logicalID).\($0)" } ?? reference.logicalID
                return .known(ResourceID(stack: reference.stack, name))
            }
            if PhysicalID.containsToken(text) {
                return .unknown(.knownAfterDeployment(value: PhysicalID.display(text)))
            }
            return .known(ResourceID(text))
        case .unknown(let reason): return .unknown(reason: located(reason))
        case .noValue: return .unknown(.noValue)
        case .list, .map: return .unknown(.notResourceID(found: display))
        }
    }

    var resourceIDs: Known<[Known<ResourceID>]> {
        switch kind {
        case .list(let items): .known(items.map(\.resourceID))
        case .unknown(let reason): .unknown(reason: located(reason))
        default: .known([resourceID])
        }
    }

    /// An unknown value's reason with where the value comes from, unless the reason says already.
    private func located(_ reason: LocalizedText) -> LocalizedText {
        reason.english.contains("\(location.file):") ? reason : LocalizedText(EvaluationReason.located(reason: reason, location: "\(location)"))
    }

    var int: Known<Int> {
        text.flatMap { text in Int(text).map { .known($0) } ?? .unknown(.notWholeNumber(text: text)) }
    }

    var bool: Bool { if case .string(let text) = kind { return text.lowercased() == "true" } else { return false } }

    var ipv4Block: Known<IPv4Network> {
        text.flatMap { text in IPv4Network(text).map { .known($0) } ?? .unknown(.notIPv4Block(text: text)) }
    }

    var addressBlock: Known<AddressBlock> {
        text.flatMap { text in AddressBlock(text).map { .known($0) } ?? .unknown(.notCIDRBlock(text: text)) }
    }
}
