/// Finds the closest name to a misspelling, for "did you mean …?" hints.
public enum Suggestion {
    /// Names prepared once for comparison: a fixed list (the language's keywords) is lowered and
    /// split into letters once, not at every misspelling.
    public struct Vocabulary: Sendable {
        public let names: [String]
        let letters: [[Unicode.Scalar]]

        public init(_ names: some Sequence<String>) {
            self.names = Array(names)
            letters = self.names.map { Array(Folding.fold($0).unicodeScalars) }
        }
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: Vocabulary(candidates))
    }

    /// The name of `vocabulary` closest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in vocabulary: Vocabulary) -> String? {
        // No name is this long: a huge "word" (noise, a pasted file) is no typo, and comparing
        // it would cost its length times every candidate's.
        guard word.utf8.count <= maximumWordLength else { return nil }
        // Compared as people type them: in any case, with or without diacritics ("kỹ-nang" is
        // close to "kỹ-năng-số").
        let lowered = Folding.fold(word)
        let target = Array(lowered.unicodeScalars)
        var best: (index: Int, distance: Int)?
        for (index, letters) in vocabulary.letters.enumerated() {
            // The distance is at least the difference in length: such a candidate cannot do better.
            if let best, abs(letters.count - target.count) >= best.distance { continue }
            let distance = editDistance(target, letters, below: best?.distance ?? Int.max)
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        guard let best else { return nil }
        let name = vocabulary.names[best.index]
        let allowed = max(1, min(3, (target.count + 2) / 3))
        let isPrefix = String(String.UnicodeScalarView(vocabulary.letters[best.index])).hasPrefix(lowered) && word.count >= 3
        if best.distance <= allowed || isPrefix { return name }
        // "skills" for "digital-skills": the word is one part of exactly one hyphenated name.
        var containing: Int?
        for (index, letters) in vocabulary.letters.enumerated() where hasPart(letters, equalTo: target) {
            if containing != nil { return nil }
            containing = index
        }
        return containing.map { vocabulary.names[$0] }
    }

    /// Whether one of the parts of `name` between `-` and `_` is `part`.
    private static func hasPart(_ name: [Unicode.Scalar], equalTo part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, name.count >= part.count else { return false }
        var start = 0
        while start < name.count {
            var end = start
            while end < name.count, name[end] != "-", name[end] != "_" { end += 1 }
            if end - start == part.count, name[start..<end].elementsEqual(part) { return true }
            start = end + 1
        }
        return false
    }

    /// The longest word that is compared with the names.
    public static let maximumWordLength = 100

    /// The message tail: "; did you mean 'x'?" or "" when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        didYouMean(word, in: Vocabulary(candidates))
    }

    /// The message tail: "; did you mean 'x'?" or "" when nothing is close.
    public static func didYouMean(_ word: String, in vocabulary: Vocabulary) -> String {
        closest(to: word, in: vocabulary).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Damerau–Levenshtein distance (with adjacent transpositions), on Unicode scalars. Once every
    /// entry of a row reaches `bound`, the distance cannot end below it: that row's minimum is
    /// returned, which is enough for a caller that only wants a distance below `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], below bound: Int = Int.max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows in one buffer on the stack (or one allocation for a long name), rotated.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var previousPrevious = rows.baseAddress!, previous = previousPrevious + width, current = previous + width
            previousPrevious.initialize(repeating: 0, count: width)
            for j in 0..<width { previous[j] = j }
            current.initialize(repeating: 0, count: width)
            for i in 1...a.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        distance = min(distance, previousPrevious[j - 2] + 1)
                    }
                    current[j] = distance
                    rowMinimum = min(rowMinimum, distance)
                }
                if rowMinimum >= bound { return rowMinimum }
                (previousPrevious, previous, current) = (previous, current, previousPrevious)
            }
            return previous[b.count]
        }
    }
}
