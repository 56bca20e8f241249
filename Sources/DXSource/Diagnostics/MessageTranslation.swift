/// Translates diagnostic messages with a catalogue of templates.
///
/// Messages are made in English where the problem is found (`expected \(what), found \(found)`);
/// the catalogue holds each such template with numbered holes (`expected {1}, found {2}`) and its
/// translation, which may put the holes in another order. A message is read back against the
/// templates; each hole's text is translated in turn (a hole often holds another template's text:
/// "a scenario name", "the end of the line"), except inside quotes, where it is a name the user
/// wrote or a word of the language. Text the catalogue cannot read stays as it is.
public struct MessageTranslation: Sendable {
    /// A template cut at its holes: the texts around them, and the translation's pieces.
    struct Template: Sendable {
        /// The texts before, between and after the holes (one more than the holes).
        let texts: [String]
        /// The translation as texts and holes (1-based, as in the template).
        let translation: [Piece]
        /// Per hole, whether it sits inside quotes (a name or a word, never translated).
        let quoted: [Bool]

        enum Piece: Sendable {
            case text(String)
            case hole(Int)
        }

        var literalLength: Int { texts.reduce(0) { $0 + $1.count } }
        var hasWords: Bool { texts.contains { $0.contains { $0.isLetter } } }
    }

    /// Most specific first: more literal text, then fewer holes.
    let templates: [Template]
    /// The translations of texts with no holes, by their English text.
    let words: [String: String]

    /// A catalogue of English templates and their translations (holes `{1}`, `{2}`, …).
    public init(_ catalogue: [String: String]) {
        var templates: [Template] = []
        var words: [String: String] = [:]
        for (english, translated) in catalogue {
            let (texts, holes) = Self.cut(english)
            if holes.isEmpty {
                words[english] = translated
                continue
            }
            // Holes in the order they appear; a template numbers them 1, 2, … in that order.
            let pieces = Self.pieces(of: translated)
            let quoted = (0..<holes.count).map { index in
                let before = texts[index], after = texts[index + 1]
                return (before.hasSuffix("'") && after.hasPrefix("'")) || (before.hasSuffix("\"") && after.hasPrefix("\""))
            }
            templates.append(Template(texts: texts, translation: pieces, quoted: quoted))
        }
        self.templates = templates.sorted {
            ($0.literalLength, -$0.texts.count) > ($1.literalLength, -$1.texts.count)
        }
        self.words = words
    }

    /// The message translated, or nil when no template reads it.
    public func translate(_ message: String) -> String? {
        if let word = words[message] { return word }
        for template in templates {
            guard let holes = match(template, message) else { continue }
            let filled = fill(template, holes)
            // A template of holes and punctuation alone ("{1}: {2}") reads any message with a
            // colon: it counts only when the holes' texts were translated.
            if !template.hasWords, filled == message { continue }
            return filled
        }
        return nil
    }

    /// A hole's text translated: as a whole message, or as a run of known pieces one after
    /// another (`'; did you mean …?'` after another hint), or as it is.
    func translateHole(_ text: String) -> String {
        if text.isEmpty { return text }
        if let whole = translate(text) { return whole }
        // Pieces that start with punctuation or a space are appended to each other: split before
        // each "; " or " (" and translate the parts when every one of them is known.
        let parts = Self.split(text)
        guard parts.count > 1 else { return text }
        var translated = ""
        for part in parts {
            guard let piece = translate(part) else { return text }
            translated += piece
        }
        return translated
    }

    private func fill(_ template: Template, _ holes: [String]) -> String {
        var out = ""
        for piece in template.translation {
            switch piece {
            case .text(let text): out += text
            case .hole(let number):
                guard holes.indices.contains(number - 1) else { continue }
                out += template.quoted[number - 1] ? holes[number - 1] : translateHole(holes[number - 1])
            }
        }
        return out
    }

    /// The holes' texts when the message reads as the template (each text between holes found
    /// at its first place after the one before; the last at the end), or nil.
    private func match(_ template: Template, _ message: String) -> [String]? {
        let texts = template.texts
        guard message.hasPrefix(texts[0]), message.hasSuffix(texts[texts.count - 1]),
            message.count >= template.literalLength
        else { return nil }
        var holes: [String] = []
        var position = message.index(message.startIndex, offsetBy: texts[0].count)
        let end = message.index(message.endIndex, offsetBy: -texts[texts.count - 1].count)
        guard position <= end else { return nil }
        for text in texts.dropFirst().dropLast() {
            // Two holes side by side cannot be told apart: the first is empty, the next takes both.
            if text.isEmpty {
                holes.append("")
                continue
            }
            // A hole may be empty (an English plural's "s" that is not there).
            guard let found = message[position..<end].range(of: text) else { return nil }
            holes.append(String(message[position..<found.lowerBound]))
            position = found.upperBound
        }
        holes.append(String(message[position..<end]))
        return holes
    }

    /// A template's texts around its holes `{1}`, `{2}`, … and the holes' numbers, in order.
    static func cut(_ template: String) -> (texts: [String], holes: [Int]) {
        var texts: [String] = [""]
        var holes: [Int] = []
        for piece in pieces(of: template) {
            switch piece {
            case .text(let text): texts[texts.count - 1] += text
            case .hole(let number):
                holes.append(number)
                texts.append("")
            }
        }
        return (texts, holes)
    }

    /// A template as texts and holes.
    static func pieces(of template: String) -> [Template.Piece] {
        var pieces: [Template.Piece] = []
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let number = Int(rest[afterOpen..<close]), number > 0 {
                text += rest[..<open]
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.hole(number))
                rest = rest[rest.index(after: close)...]
            } else {
                text += rest[...open]
                rest = rest[afterOpen...]
            }
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// A text cut before each "; " and " (" (pieces of a message appended to each other).
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if !current.isEmpty, rest.hasPrefix("; ") || rest.hasPrefix(" (") {
                parts.append(current)
                current = ""
            }
            current.append(text[index])
            index = text.index(after: index)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
