/// The headings `help` lists the commands under, in the order it lists them; each command names
/// its group, and within a group the commands are listed by their word.
package enum CommandGroup: Int, CaseIterable, Sendable, Comparable {
    case scenarios, analysis, files, teaching, session

    /// The heading in a language.
    package func heading(in language: OutputLanguage) -> String {
        switch (self, language) {
        case (.scenarios, .en): "Scenarios and their results"
        case (.scenarios, .vi): "Kịch bản và kết quả"
        case (.analysis, .en): "Analysis"
        case (.analysis, .vi): "Phân tích"
        case (.files, .en): "Files, models and outputs"
        case (.files, .vi): "Tệp, mô hình và kết quả xuất"
        case (.teaching, .en): "Workshops and lessons"
        case (.teaching, .vi): "Hội thảo và bài học"
        case (.session, .en): "The session"
        case (.session, .vi): "Phiên làm việc"
        }
    }

    package static func < (lhs: CommandGroup, rhs: CommandGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}
