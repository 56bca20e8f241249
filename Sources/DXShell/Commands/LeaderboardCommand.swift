import DXLanguage
import DXSource

/// `leaderboard [N] [big]`: the workshop's teams ranked after a round.
package struct LeaderboardCommand: ShellCommand {
    package let round: NumberLiteral?
    /// Large type for a projector.
    package let big: Bool

    package static let word = "leaderboard"
    package static let synonyms = ["bảng-xếp-hạng"]
    package static let group = CommandGroup.teaching
    static let bigWords: Set<String> = ["big", "lon"]

    package static let help = HelpTopic(
        name: "leaderboard", usage: "leaderboard [N] [big]",
        summary: "the workshop's teams ranked after a round: score, targets met, money spent",
        vietnamese: "xếp hạng các đội của hội thảo sau một vòng: điểm, số mục tiêu đạt, tiền đã chi",
        details: """
            The last round run unless N says which. A team's score adds, for each indicator the workshop
            scores, its progress towards the threshold (at most 1) times the indicator's weight. Equal
            scores rank by more scoring targets met, then by less money spent over the horizon, then by
            name; '=' marks a tie. The table fits 80 columns; 'big' prints one team per line in large
            type for a projector.
            """,
        vietnameseDetails: """
            Vòng chạy gần nhất, trừ khi N chỉ định vòng khác. Điểm của một đội cộng, với mỗi chỉ tiêu được
            tính điểm, mức tiến tới ngưỡng (tối đa 1) nhân với trọng số của chỉ tiêu. Điểm bằng nhau thì xếp
            theo số mục tiêu tính điểm đạt được nhiều hơn, rồi theo số tiền chi trong giai đoạn ít hơn, rồi
            theo tên; '=' đánh dấu đồng hạng. Bảng vừa 80 cột; 'big' (lớn) in mỗi đội một dòng, chữ to, để
            chiếu lên màn hình.
            """,
        example: "workshop \"scenarios/workshop/provincial.workshop\"\nworkshop round 1\nleaderboard")

    package static func parse(_ parser: inout Parser) throws -> LeaderboardCommand {
        var round: NumberLiteral?
        if case .number = parser.current.kind { round = try parser.expectWholeNumber("the round, as in leaderboard 2") }
        var big = false
        if let word = parser.current.word {
            guard bigWords.contains(Folding.fold(word)) else {
                throw parser.fail("expected a round's number or 'big' after 'leaderboard'" + Suggestion.didYouMean(word, in: ["big"]))
            }
            _ = parser.advance()
            big = true
        }
        return LeaderboardCommand(round: round, big: big)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.contains("big") ? [] : completer.candidates(["big"])
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        guard let open = session.workshop else {
            throw .error(.semantic, "no workshop is open", notes: [.note("open one with workshop \"FILE\"")])
        }
        let chosen = try session.roundRun(round.map { Int($0.value) }, of: open, source: source, at: round?.range)
        session.output.write(session.leaderboard(open.results[chosen.number] ?? [], round: chosen, of: open, big: big))
    }
}
