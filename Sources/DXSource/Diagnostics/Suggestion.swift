/// Finds the closest name to a misspelling, for "did you mean …?" hints.
public enum Suggestion {
    /// Names prepared once for comparison: a fixed list (the language's keywords) is lowered and
    /// split into letters once, not at every misspelling.
    public struct Vocabulary: Sendable {
        public let names: [String]
        /// Every name's letters (folded), one name after another in one array (a vocabulary made
        /// for one message allocates twice, not once per name), and where each name's end.
        private let scalars: [Unicode.Scalar]
        private let ends: [Int]
        /// Each name's letters as a set (`letterSet`), for a bound on distances without working them out.
        let letterSets: [UInt64]
        /// Whether every folded name is ASCII: then a name that begins with an ASCII word begins
        /// with its bytes, which bounds the distances worth computing (see `closest`).
        let isASCII: Bool
        /// The names of each length (in folded letters), in the list's order: a name's distance
        /// from a word is at least the difference in their lengths, so `closest` reads the
        /// lengths nearest the word's first and stops where no farther name can win.
        let byLength: [[Int]]

        public init(_ names: some Sequence<String>) {
            self.names = Array(names)
            var scalars: [Unicode.Scalar] = [], ends: [Int] = [], letterSets: [UInt64] = [], isASCII = true
            ends.reserveCapacity(self.names.count)
            letterSets.reserveCapacity(self.names.count)
            for name in self.names {
                let start = scalars.count
                for scalar in Folding.fold(name).unicodeScalars {
                    scalars.append(scalar)
                    if !scalar.isASCII { isASCII = false }
                }
                ends.append(scalars.count)
                letterSets.append(Suggestion.letterSet(scalars[start...]))
            }
            self.scalars = scalars
            self.ends = ends
            self.letterSets = letterSets
            self.isASCII = isASCII
            var byLength: [[Int]] = []
            for index in ends.indices {
                let length = ends[index] - (index == 0 ? 0 : ends[index - 1])  // its folded letters
                while byLength.count <= length { byLength.append([]) }
                byLength[length].append(index)
            }
            self.byLength = byLength
        }

        var count: Int { ends.count }

        /// The folded letters of the name at `index`.
        func letters(_ index: Int) -> ArraySlice<Unicode.Scalar> { scalars[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }
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
        let allowed = max(1, min(3, (target.count + 2) / 3))
        // The closest name (the first of the closest) is the answer only when it is within
        // `allowed`, or when the word begins it (its distance is then the difference in length, and
        // no name is closer than the nearest name the word begins): a name farther than both
        // cannot be the answer, and its distance need not be worked out. Noise is far from every
        // name, and most distances stop after a row or two. (Shown for ASCII words and names,
        // where beginning with the word's characters is beginning with its bytes; other words
        // compare with every name in full.)
        let cap = vocabulary.isASCII && target.allSatisfy(\.isASCII) ? distanceWorthComputing(target, vocabulary, allowed) : Int.max
        let targetLetters = letterSet(target[...])
        // The closest name, the first in the list's order among equally close ones: (distance,
        // index) at its least. Names are read by length, nearest the word's first: a name's
        // distance is at least the difference in length, so once that difference passes the best
        // distance (or the cap) no name left can win or tie.
        var best: (index: Int, distance: Int)?
        func consider(_ index: Int, lengthDifference: Int) {
            // The largest distance at which this name still wins: below the best's, or equal to it
            // when it comes first in the list.
            let most = best.map { index < $0.index ? $0.distance : $0.distance - 1 } ?? cap
            // The distance is at least the difference in length, and at least the number of
            // letters of either word that the other lacks (an edit brings in or takes out at most
            // one letter): such a candidate cannot do better.
            guard lengthDifference <= most else { return }
            let names = vocabulary.letterSets[index]
            if max((names & ~targetLetters).nonzeroBitCount, (targetLetters & ~names).nonzeroBitCount) > most { return }
            let distance = editDistance(target[...], vocabulary.letters(index), below: most == Int.max ? Int.max : most + 1)
            if distance <= most { best = (index, distance) }
        }
        var difference = 0
        while difference <= (best?.distance ?? cap), target.count - difference >= 0 || target.count + difference < vocabulary.byLength.count {
            if target.count - difference >= 0, target.count - difference < vocabulary.byLength.count {
                for index in vocabulary.byLength[target.count - difference] { consider(index, lengthDifference: difference) }
            }
            if difference > 0, target.count + difference < vocabulary.byLength.count {
                for index in vocabulary.byLength[target.count + difference] { consider(index, lengthDifference: difference) }
            }
            difference += 1
        }
        if vocabulary.count == 0 { return nil }
        if let best, best.distance <= allowed || (begins(vocabulary.letters(best.index), with: lowered) && word.count >= 3) {
            return vocabulary.names[best.index]
        }
        // "skills" for "digital-skills": the word is one part of exactly one hyphenated name.
        var containing: Int?
        for index in 0..<vocabulary.count where hasPart(vocabulary.letters(index), equalTo: target) {
            if containing != nil { return nil }
            containing = index
        }
        return containing.map { vocabulary.names[$0] }
    }

    /// Whether the text of `letters` begins with `prefix`, as `String.hasPrefix` says (by characters).
    private static func begins(_ letters: ArraySlice<Unicode.Scalar>, with prefix: String) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: letters)
        return String(text).hasPrefix(prefix)
    }

    /// A set of letters as 64 bits, a letter's bit chosen by its code point: letters that share a
    /// bit count as one, so the letters one set lacks of another are never overcounted.
    static func letterSet(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var set: UInt64 = 0
        for letter in letters { set |= 1 << (letter.value & 63) }
        return set
    }

    /// The largest distance at which an ASCII name can still be `closest`'s answer: `allowed`, or
    /// the distance to the nearest name that begins with the word, if that is farther.
    private static func distanceWorthComputing(_ target: [Unicode.Scalar], _ vocabulary: Vocabulary, _ allowed: Int) -> Int {
        // The shortest name that begins with the word, read by length from the word's up.
        for length in target.count..<max(target.count, vocabulary.byLength.count) {
            for index in vocabulary.byLength[length] where vocabulary.letters(index).starts(with: target) {
                return max(allowed, length - target.count)
            }
        }
        return allowed
    }

    /// Whether one of the parts of `name` between `-` and `_` is `part`.
    private static func hasPart(_ name: ArraySlice<Unicode.Scalar>, equalTo part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, name.count >= part.count else { return false }
        var start = name.startIndex
        while start < name.endIndex {
            var end = start
            while end < name.endIndex, name[end] != "-", name[end] != "_" { end += 1 }
            if end - start == part.count, name[start..<end].elementsEqual(part) { return true }
            start = end + 1
        }
        return false
    }

    /// The longest word that is compared with the names.
    public static let maximumWordLength = 100

    /// The message tail: "; did you mean 'x'?" or "" when nothing is close.
    /// `shown` writes the name found as the user would type it (a file's name with its folder).
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>, shown: (String) -> String = { $0 }) -> String {
        didYouMean(word, in: Vocabulary(candidates), shown: shown)
    }

    /// The message tail: "; did you mean 'x'?" or "" when nothing is close.
    public static func didYouMean(_ word: String, in vocabulary: Vocabulary, shown: (String) -> String = { $0 }) -> String {
        closest(to: word, in: vocabulary).map { "; did you mean '\(shown($0))'?" } ?? ""
    }

    /// Damerau–Levenshtein distance (with adjacent transpositions), on Unicode scalars. Once every
    /// entry of a row reaches `bound`, the distance cannot end below it: that row's minimum is
    /// returned, which is enough for a caller that only wants a distance below `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], below bound: Int = Int.max) -> Int {
        editDistance(a[...], b[...], below: bound)
    }

    /// `editDistance` of two runs of letters (a vocabulary's names are runs of one array).
    static func editDistance(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>, below bound: Int = Int.max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in editDistance(a, b, below: bound) } }
    }

    private static func editDistance(
        _ a: UnsafeBufferPointer<Unicode.Scalar>, _ b: UnsafeBufferPointer<Unicode.Scalar>, below bound: Int
    ) -> Int {
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
