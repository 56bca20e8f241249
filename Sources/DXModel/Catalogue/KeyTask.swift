/// The five key tasks (5 trọng tâm) the Prime Minister set at the same conference (domain-facts §1d).
public enum KeyTask: Int, CaseIterable, Sendable, Codable {
    case skillsAndTalent = 1
    case resources = 2
    case infrastructure = 3
    case digitisedManagement = 4
    case decentralisation = 5

    public var name: String {
        switch self {
        case .skillsAndTalent: "Digital skills and talent"
        case .resources: "Resources for digital transformation"
        case .infrastructure: "Comprehensive, economical digital infrastructure"
        case .digitisedManagement: "Digitised, intelligent management"
        case .decentralisation: "Decentralised mechanisms and policies"
        }
    }

    public var vietnameseName: String {
        switch self {
        case .skillsAndTalent: "Nhân lực số, kỹ năng số, tài năng số"
        case .resources: "Ưu tiên nguồn lực cho chuyển đổi số"
        case .infrastructure: "Hạ tầng số toàn diện, tiết kiệm, hiệu quả"
        case .digitisedManagement: "Quản lý, điều hành dựa trên số hóa, thông minh"
        case .decentralisation: "Cơ chế, chính sách theo hướng phân cấp, phân quyền"
        }
    }
}
