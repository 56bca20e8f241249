import DXSource

/// A physical unit as a product of base units with integer exponents, e.g. bn VND/year.
///
/// Base units are words: `bnVND` (written `bn VND`), `year`, `person`, `%`, and any other word a
/// model uses (`household`, `dossier`). `fraction`, `index`, `dimensionless` and `1` mean no unit.
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// Base unit → exponent; never holds a zero exponent.
    public let exponents: [String: Int]

    public init(_ exponents: [String: Int] = [:]) {
        self.exponents = exponents.filter { $0.value != 0 }
    }

    public static let dimensionless = Unit()
    public static let year = Unit(["year": 1])
    public static let perYear = Unit(["year": -1])
    public static let money = Unit(["bnVND": 1])
    public static let percent = Unit(["%": 1])

    public var isDimensionless: Bool { exponents.isEmpty }

    public static func * (lhs: Unit, rhs: Unit) -> Unit {
        Unit(lhs.exponents.merging(rhs.exponents, uniquingKeysWith: +))
    }

    public static func / (lhs: Unit, rhs: Unit) -> Unit {
        lhs * rhs.power(-1)
    }

    public func power(_ n: Int) -> Unit {
        Unit(exponents.mapValues { $0 * n })
    }

    /// Readable form: `bn VND/year`, `1/year`, `person*year`, `dimensionless`.
    public var description: String {
        if exponents.isEmpty { return "dimensionless" }
        func name(_ base: String) -> String { base == "bnVND" ? "bn VND" : base }
        func term(_ base: String, _ exponent: Int) -> String {
            exponent == 1 ? name(base) : "\(name(base))^\(exponent)"
        }
        let order = exponents.keys.sorted { a, b in
            let rank = ["bnVND": 0, "person": 1, "%": 2, "year": 9]
            return (rank[a] ?? 5, a) < (rank[b] ?? 5, b)
        }
        let numerator = order.filter { exponents[$0]! > 0 }.map { term($0, exponents[$0]!) }
        let denominator = order.filter { exponents[$0]! < 0 }.map { term($0, -exponents[$0]!) }
        let top = numerator.isEmpty ? "1" : numerator.joined(separator: "*")
        if denominator.isEmpty { return top }
        return top + "/" + (denominator.count == 1 ? denominator[0] : "(" + denominator.joined(separator: "*") + ")")
    }

    /// Words that name base units, after aliases.
    static let aliases: [String: String?] = [
        "years": "year", "yr": "year", "y": "year",
        "persons": "person", "people": "person",
        "percent": "%",
        "fraction": nil, "dimensionless": nil, "index": nil, "1": nil,
    ]

    /// Parses unit text such as `bn VND/year`, `1/year`, `person*year`, `%`, `year^2`.
    public static func parse(_ text: String) -> Unit? {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if "*/^() ".contains(character) {
                if !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
                if character != " " { tokens.append(String(character)) }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        // "bn VND" and "VND" (in bn) are one base unit.
        var merged: [String] = []
        for token in tokens {
            if token == "VND", merged.last == "bn" {
                merged[merged.count - 1] = "bnVND"
            } else {
                merged.append(token)
            }
        }
        var index = 0
        func atom() -> Unit? {
            guard index < merged.count else { return nil }
            let token = merged[index]
            index += 1
            var unit: Unit
            if token == "(" {
                guard let inner = product(), index < merged.count, merged[index] == ")" else { return nil }
                index += 1
                unit = inner
            } else if token == "1" {
                unit = .dimensionless
            } else if let alias = aliases[token] {
                unit = alias.map { Unit([$0: 1]) } ?? .dimensionless
            } else if token == "bnVND" || token.allSatisfy({ $0.isLetter || $0 == "%" || $0 == "_" }) {
                unit = Unit([token: 1])
            } else {
                return nil
            }
            if index < merged.count, merged[index] == "^" {
                index += 1
                guard index < merged.count else { return nil }
                let exponentText = merged[index]
                index += 1
                guard let exponent = Int(exponentText) ?? (exponentText.hasPrefix("-") ? nil : nil) else { return nil }
                unit = unit.power(exponent)
            }
            return unit
        }
        func product() -> Unit? {
            guard var unit = atom() else { return nil }
            while index < merged.count, merged[index] == "*" || merged[index] == "/" {
                let op = merged[index]
                index += 1
                guard let next = atom() else { return nil }
                unit = op == "*" ? unit * next : unit / next
            }
            return unit
        }
        guard let unit = product(), index == merged.count else { return nil }
        return unit
    }
}
