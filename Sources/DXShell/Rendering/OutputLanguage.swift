import DXModel
import DXScenario

/// The language of the shell's reports (`lang en` or `lang vi`). Input is accepted in both always.
package enum OutputLanguage: String, Sendable, CaseIterable {
    case en, vi

    /// The language a locale asks for: Vietnamese when LC_ALL, LC_MESSAGES or LANG (the first
    /// that is set, as the C library reads them) starts with "vi".
    package static func fromLocale(_ environment: [String: String]) -> OutputLanguage {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return setting?.lowercased().hasPrefix("vi") == true ? .vi : .en
    }

    /// The words and phrases reports are made of, in this language.
    var labels: Labels { self == .vi ? .vietnamese : .english }

    /// A model time as a planner reads it: 2024.0 is "end-2023" ("cuối 2023"), 2024.5 "mid-2024"
    /// ("giữa 2024"), 2024.3 "Apr 2024" ("tháng 4/2024").
    func timeLabel(_ time: Double) -> String {
        guard self == .vi else { return ModelTime.label(time) }
        let year = Int(time.rounded(.down))
        let fraction = time - Double(year)
        if fraction < 1e-9 { return "cuối \(year - 1)" }
        if abs(fraction - 0.5) < 1e-9 { return "giữa \(year)" }
        return "tháng \(min(Int((fraction * 12).rounded(.down)), 11) + 1)/\(year)"
    }

    /// Money in bn VND as the language writes it ("25.000 tỷ đồng" in Vietnamese).
    func money(_ billions: Double) -> String {
        self == .vi ? Format.money(billions).replacingOccurrences(of: "bn VND", with: labels.money) : Format.money(billions)
    }

    /// How an indicator is named in tables: its id, or in Vietnamese its first Vietnamese name.
    func label(of indicator: Indicator) -> String {
        self == .vi ? indicator.aliases.first ?? indicator.id : indicator.id
    }

    func label(ofIndicator id: String, in indicators: [Indicator]) -> String {
        indicators.first { $0.id == id }.map(label(of:)) ?? id
    }

    /// How a programme is named in reports: its id, or in Vietnamese its first Vietnamese name.
    func label(ofProgramme id: String, in programmes: [Programme]) -> String {
        self == .vi ? programmes.first { $0.id == id }?.aliases.first ?? id : id
    }

    /// A pillar as scenario files write it: `digital-government`, or `chính-phủ-số`.
    func label(of pillar: Pillar) -> String {
        self == .vi ? pillar.vietnameseName.lowercased().replacingOccurrences(of: " ", with: "-") : pillar.rawValue
    }

    /// An indicator's unit as tables print it.
    func label(of unit: IndicatorUnit) -> String {
        self == .vi && unit == .index ? "chỉ số" : unit.rawValue
    }
}

/// Report phrases in one language.
struct Labels: Sendable {
    let ran: String, monthlySteps: String, stepsOf: String, targets: String, of: String, met: String, missed: String
    let noTargets: String, notJudged: String, by: String, alreadyMetIn: String, metFrom: String, metIn: String
    let points: String, short: String
    let indicator: String, unit: String, budget: String, inYear: String, growing: String, aYearTo: String
    let everyYearTo: String, legend: String, money: String
    /// The `targets` table.
    let target: String, value: String, status: String, gap: String, metLate: String, targetsMet: String

    static let english = Labels(
        ran: "Ran", monthlySteps: "monthly steps", stepsOf: "steps of", targets: "Targets", of: "of", met: "met", missed: "missed",
        noTargets: "No targets set. Type 'show' for the indicators.", notJudged: "Not judged, outside", by: "by",
        alreadyMetIn: "already met in", metFrom: "met from", metIn: "met in", points: "points", short: "short",
        indicator: "indicator", unit: "unit", budget: "Budget", inYear: "in", growing: "growing", aYearTo: "a year to",
        everyYearTo: "and every year to", legend: "✓ target met, ✗ target missed, in the target's year; 'run' lists the gaps.",
        money: "bn VND",
        target: "target", value: "value", status: "status", gap: "gap", metLate: "met late", targetsMet: "targets met")

    static let vietnamese = Labels(
        ran: "Đã chạy", monthlySteps: "bước tháng", stepsOf: "bước dài", targets: "Mục tiêu", of: "/", met: "đạt", missed: "chưa đạt",
        noTargets: "Chưa đặt mục tiêu. Gõ 'show' để xem các chỉ tiêu.", notJudged: "Không đánh giá, ngoài", by: "vào",
        alreadyMetIn: "đã đạt từ", metFrom: "đạt từ", metIn: "đạt vào", points: "điểm", short: "thiếu",
        indicator: "chỉ tiêu", unit: "đơn vị", budget: "Ngân sách", inYear: "năm", growing: "tăng", aYearTo: "mỗi năm, đến",
        everyYearTo: "và giữ nguyên mỗi năm đến", legend: "✓ đạt mục tiêu, ✗ chưa đạt, ở năm của mục tiêu; 'chạy' (run) cho biết khoảng cách.",
        money: "tỷ đồng",
        target: "mục tiêu", value: "giá trị", status: "tình trạng", gap: "khoảng cách", metLate: "đạt muộn",
        targetsMet: "mục tiêu đạt")
}
