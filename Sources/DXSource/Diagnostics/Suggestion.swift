/// Finds the closest name to a misspelling, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        // No name is this long: a huge "word" (noise, a pasted file) is no typo, and comparing
        // it would cost its length times every candidate's.
        guard word.utf8.count <= maximumWordLength else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased().unicodeScalars)
            // The distance is at least the difference in length: such a candidate cannot do better.
            if let best, abs(letters.count - target.count) >= best.distance { continue }
            let distance = editDistance(target, letters)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (target.count + 2) / 3))
        let isPrefix = best.name.lowercased().hasPrefix(word.lowercased()) && word.count >= 3
        if best.distance <= allowed || isPrefix { return best.name }
        // "skills" for "digital-skills": the word is one part of exactly one hyphenated name.
        let lowered = word.lowercased()
        let containing = Array(candidates).filter { candidate in
            candidate.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).contains { $0 == lowered }
        }
        return containing.count == 1 ? containing[0] : nil
    }

    /// The longest word that is compared with the names.
    public static let maximumWordLength = 100

    /// The message tail: "; did you mean 'x'?" or "" when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Damerau–Levenshtein distance (with adjacent transpositions), on Unicode scalars.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
