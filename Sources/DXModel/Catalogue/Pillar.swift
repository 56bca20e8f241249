import DXSource
import Foundation

/// The three pillars of Vietnam's national digital transformation programme (Decision 749/QĐ-TTg).
public enum Pillar: String, CaseIterable, Sendable, Codable {
    case digitalGovernment = "digital-government"
    case digitalEconomy = "digital-economy"
    case digitalSociety = "digital-society"

    public var name: String {
        switch self {
        case .digitalGovernment: "Digital government"
        case .digitalEconomy: "Digital economy"
        case .digitalSociety: "Digital society"
        }
    }

    public var vietnameseName: String {
        switch self {
        case .digitalGovernment: "Chính phủ số"
        case .digitalEconomy: "Kinh tế số"
        case .digitalSociety: "Xã hội số"
        }
    }

    /// The pillar a name stands for: `digital-government`, or `chính-phủ-số`, with or without diacritics.
    public static func named(_ name: String) -> Pillar? {
        foldedNames[Folding.fold(name)]
    }

    private static let foldedNames: [String: Pillar] = Dictionary(
        uniqueKeysWithValues: allCases.flatMap { pillar in
            [(Folding.fold(pillar.rawValue), pillar), (Folding.fold(pillar.vietnameseName.replacingOccurrences(of: " ", with: "-")), pillar)]
        })
}

/// The "five pushes" (5 đẩy mạnh) of the Government Standing Committee conference of 19 July 2024.
public enum Push: Int, CaseIterable, Sendable, Codable {
    case leadership = 1
    case institutions = 2
    case infrastructure = 3
    case security = 4
    case digitalCulture = 5

    public var name: String {
        switch self {
        case .leadership: "Leadership"
        case .institutions: "Institutions"
        case .infrastructure: "Infrastructure, platforms and data"
        case .security: "Security"
        case .digitalCulture: "Digital culture"
        }
    }

    public var vietnameseName: String {
        switch self {
        case .leadership: "Lãnh đạo"
        case .institutions: "Thể chế"
        case .infrastructure: "Hạ tầng số, nền tảng số, dữ liệu số"
        case .security: "An ninh mạng"
        case .digitalCulture: "Văn hóa số"
        }
    }
}
