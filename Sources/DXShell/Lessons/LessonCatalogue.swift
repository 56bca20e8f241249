import DXModel
import DXSource

/// The lessons shipped with dxplan (compiled in from `Lessons/Shipped/*.lesson`), in order.
enum LessonCatalogue {
    /// Each shipped lesson's name (its file name) and text.
    static let shipped: [(name: String, text: String)] = embeddedLessons

    /// Lesson `number` (from 1), read; nil when there is no such lesson.
    static func lesson(_ number: Int, model: DeclaredModel? = nil) -> Lesson? {
        guard number >= 1, number <= shipped.count else { return nil }
        let entry = shipped[number - 1]
        return LessonParser.parse(SourceFile(name: entry.name + ".lesson", text: entry.text), origin: entry.name, model: model).lesson
    }

    /// Every shipped lesson, read (a shipped lesson that does not read is a bug: `LessonTests`).
    static var all: [Lesson] { shipped.indices.compactMap { lesson($0 + 1) } }
}
