import DXLanguage
import Foundation

/// One entry of the built-in help: a command or a part of the scenario language.
package struct HelpTopic: Sendable {
    package let name: String
    package let usage: String
    package let summary: String
    /// The summary in Vietnamese (`help` in a Vietnamese session). Every topic must give one.
    package let vietnameseSummary: String
    package let details: String
    /// The details in Vietnamese (`help TOPIC` in a Vietnamese session). Every topic must give them.
    package let vietnameseDetails: String
    package let example: String

    package init(
        name: String, usage: String, summary: String, vietnamese vietnameseSummary: String, details: String, vietnameseDetails: String,
        example: String
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.vietnameseSummary = vietnameseSummary
        self.details = details
        self.vietnameseDetails = vietnameseDetails
        self.example = example
    }

    /// The summary in a language.
    package func summary(in language: OutputLanguage) -> String { language == .vi ? vietnameseSummary : summary }
    /// The details in a language.
    package func details(in language: OutputLanguage) -> String { language == .vi ? vietnameseDetails : details }
}

/// The text behind `help` and `help TOPIC`.
package enum HelpCatalogue {
    /// The topics that are lines inside `scenario … end`, listed under their own heading.
    package static let scenarioSettingTopics = ["horizon", "budget", "allocate", "shift", "delay", "from", "target", "assume", "policy"]

    /// Every topic: the scenario block, the commands (each declares its own), the settings inside a
    /// scenario and the statements of scripts.
    package static let topics: [HelpTopic] = languageTopics.prefix(1) + CommandRegistry.commands.map { $0.help } + languageTopics.dropFirst()

    /// The topics of the language itself, which no command declares.
    private static let languageTopics: [HelpTopic] = [
        HelpTopic(
            name: "scenario", usage: "scenario NAME [from PARENT] [\"TITLE\"] … end",
            summary: "define a scenario: horizon, budget, allocation and targets",
            vietnamese: "định nghĩa một kịch bản: giai đoạn, ngân sách, phân bổ và mục tiêu",
            details: """
                A scenario holds the inputs of one budget plan. Inside the block, one setting per line:
                  horizon YEAR to YEAR
                  budget AMOUNT bn|trillion|million VND per year [growing P% per year]
                  allocate … end        one 'PROGRAMME SHARE%' (or an amount) per line; they add up to 100%
                  target INDICATOR >= VALUE by YEAR
                'from PARENT' inherits every setting of PARENT; the child's settings override it
                (allocation shares override programme by programme). Defining a scenario again replaces it.
                """,
            vietnameseDetails: """
                Một kịch bản chứa các đầu vào của một phương án ngân sách. Trong khối lệnh, mỗi dòng một thiết lập:
                  horizon YEAR to YEAR
                  budget AMOUNT bn|trillion|million VND per year [growing P% per year]
                  allocate … end        mỗi dòng một 'PROGRAMME SHARE%' (hoặc một số tiền); tổng cộng bằng 100%
                  target INDICATOR >= VALUE by YEAR
                'from PARENT' kế thừa mọi thiết lập của PARENT; thiết lập của kịch bản con ghi đè lên thiết lập đó
                (tỷ trọng phân bổ được ghi đè theo từng chương trình). Định nghĩa lại một kịch bản sẽ thay thế
                kịch bản cũ.
                """,
            example: """
                scenario skills-first from baseline "Kỹ năng số trước"
                  allocate
                    skills 20%
                    broadband 10%
                  end
                  target digital-skills >= 70% by 2030
                end
                """),
        HelpTopic(
            name: "horizon", usage: "horizon YEAR to YEAR",
            summary: "the years a scenario's budget covers (inside a scenario)",
            vietnamese: "các năm mà ngân sách của kịch bản bao trùm (trong kịch bản)",
            details:
                "The horizon must start after the model's base year (2025 for the bundled model): the years up to it\nare history. Years between the base year and the horizon use the base year's spending pattern.",
            vietnameseDetails: """
                Giai đoạn phải bắt đầu sau năm cơ sở của mô hình (2025 với mô hình đi kèm): các năm đến hết năm
                cơ sở là lịch sử. Các năm giữa năm cơ sở và giai đoạn dùng cơ cấu chi của năm cơ sở.
                """,
            example: "horizon 2026 to 2030"),
        HelpTopic(
            name: "budget", usage: "budget AMOUNT SCALE VND|USD per year [growing P% per year]",
            summary: "the yearly envelope (inside a scenario)",
            vietnamese: "tổng ngân sách mỗi năm (trong kịch bản)",
            details:
                "SCALE is bn (tỷ), trillion (nghìn tỷ) or million (triệu); the currency VND or USD (converted at the model's\nexchange rate, its parameter in VND/USD: 'assume usd_vnd = …' in the bundled model). Growth compounds from the first year of the horizon.\nWrite large numbers with _ if you like: 25_000 bn VND.",
            vietnameseDetails: """
                SCALE là bn (tỷ), trillion (nghìn tỷ) hoặc million (triệu); đơn vị tiền là VND hoặc USD (quy đổi
                theo tỷ giá của mô hình, là tham số tính bằng VND/USD: 'assume usd_vnd = …' trong mô hình đi kèm).
                Mức tăng được tính lũy kế (kép) từ năm đầu của giai đoạn.
                Có thể viết số lớn với _ nếu muốn: 25_000 bn VND.
                """,
            example: "budget 25000 bn VND per year growing 8% per year"),
        HelpTopic(
            name: "allocate", usage: "allocate … end",
            summary: "the share of the envelope each programme gets (inside a scenario)",
            vietnamese: "tỷ trọng ngân sách mỗi chương trình nhận (trong kịch bản)",
            details:
                "One programme and its share per line. The shares of the resolved scenario must add up to 100%.\nA line may name a pillar (digital-government, digital-economy, digital-society): its share covers the pillar's\nprogrammes, less those named beside it, in their base-year proportions. Type 'list programmes' for the names.\nA line may give an amount instead (skills 5000 bn VND): the share it makes of the first year's envelope.",
            vietnameseDetails: """
                Mỗi dòng một chương trình và tỷ trọng của nó. Tỷ trọng của kịch bản sau khi áp dụng kế thừa phải
                cộng lại bằng 100%. Một dòng có thể nêu một trụ cột (digital-government, digital-economy,
                digital-society): tỷ trọng của dòng đó dành cho các chương trình thuộc trụ cột, trừ những chương
                trình được nêu riêng bên cạnh, chia theo tỷ lệ của năm cơ sở. Gõ 'list programmes' để xem tên.
                Một dòng có thể ghi số tiền thay cho tỷ trọng (skills 5000 bn VND): tỷ trọng là phần số tiền đó
                chiếm trong tổng mức ngân sách của năm đầu.
                """,
            example: """
                allocate
                  services 15%
                  data 15%
                  management 10%
                  security 10%
                  business 10%
                  industry 10%
                  broadband 20%
                  skills 10%
                end
                """),
        HelpTopic(
            name: "shift", usage: "shift P% from PROGRAMME to PROGRAMME",
            summary: "move percentage points between programmes (inside a scenario)",
            vietnamese: "chuyển điểm phần trăm giữa các chương trình (trong kịch bản)",
            details:
                "Applies to the allocation after inheritance, in the order written; moving more than a programme\nhas is an error. 'normalize' on its own line scales the resolved shares to 100% instead.",
            vietnameseDetails: """
                Áp dụng cho phân bổ sau khi kế thừa, theo thứ tự đã viết; chuyển nhiều hơn phần một chương trình
                đang có là lỗi. Thay vào đó, một dòng chỉ có 'normalize' sẽ co giãn các tỷ trọng sau kế thừa cho
                tổng bằng 100%.
                """,
            example: "shift 5% from data to skills"),
        HelpTopic(
            name: "delay", usage: "delay PROGRAMME N years",
            summary: "a programme that is late: its money is spent N years later (inside a scenario)",
            vietnamese: "một chương trình bị chậm: tiền của nó được chi muộn N năm (trong kịch bản)",
            details:
                "Each year's money for the programme is spent N years after the year it is planned for; nothing is spent\non it before, and what falls after the horizon is not spent in it ('show' says how much). 0 years undoes\nan inherited delay. Vietnamese: hoãn PROGRAMME N năm.",
            vietnameseDetails: """
                Tiền của chương trình cho mỗi năm được chi sau N năm so với năm dự kiến; trước thời điểm đó không
                có khoản chi nào cho chương trình, và phần rơi ra ngoài giai đoạn thì không được chi trong giai đoạn
                ('show' cho biết bao nhiêu). 0 năm hủy một độ trễ được kế thừa. Tiếng Việt: hoãn PROGRAMME N năm.
                """,
            example: "delay broadband 1 year"),
        HelpTopic(
            name: "from", usage: "in YEAR budget … | from YEAR budget … | in|from YEAR allocate … end",
            summary: "a budget or shares for one year, or from a year on (inside a scenario)",
            vietnamese: "ngân sách hay tỷ trọng cho một năm, hoặc từ một năm trở đi (trong kịch bản)",
            details:
                "'in YEAR' covers that year only, 'from YEAR' that year and every later one; growth counts from YEAR.\nYear shares replace the base shares programme by programme; each year's shares must add up to 100%.",
            vietnameseDetails: """
                'in YEAR' chỉ áp dụng cho năm đó, 'from YEAR' cho năm đó và mọi năm sau; mức tăng tính từ YEAR.
                Tỷ trọng theo năm thay thế tỷ trọng cơ bản theo từng chương trình; tỷ trọng của mỗi năm phải cộng
                lại bằng 100%.
                """,
            example: "from 2027 budget 40000 bn VND per year growing 5% per year"),
        HelpTopic(
            name: "assume", usage: "assume PARAMETER = VALUE",
            summary: "change a model assumption for this scenario (inside a scenario)",
            vietnamese: "đổi một giả định của mô hình cho riêng kịch bản này (trong kịch bản)",
            details:
                "The value is in the parameter's unit ('assumptions' lists them with their ranges). A value outside\nthe plausible range is accepted with a warning. Assumptions are kept apart from policies and budgets.",
            vietnameseDetails: """
                Giá trị tính theo đơn vị của tham số ('assumptions' liệt kê các tham số cùng khoảng giá trị).
                Giá trị nằm ngoài khoảng hợp lý vẫn được chấp nhận kèm cảnh báo. Giả định được tách riêng khỏi
                chính sách và ngân sách.
                """,
            example: "assume exposure_sensitivity = 1"),
        HelpTopic(
            name: "policy", usage: "policy SWITCH on from DATE | policy SWITCH off",
            summary: "move a dated policy of the model, or switch it off (inside a scenario)",
            vietnamese: "dời một chính sách có mốc thời gian của mô hình, hoặc tắt nó (trong kịch bản)",
            details:
                "DATE is YEAR, YEAR-MONTH or YEAR-MONTH-DAY. A scenario acts from the end of the model's base year:\nthe history keeps each policy's own date. 'assumptions from' lists the model's dated policies (for the\nbundled model: monitoring, paper_refusal, five_g_launch, five_g_pilot, five_g_rollout, signature_drive,\nskills_movement).",
            vietnameseDetails: """
                DATE là YEAR, YEAR-MONTH hoặc YEAR-MONTH-DAY. Kịch bản chỉ tác động từ cuối năm cơ sở của mô hình:
                phần lịch sử giữ nguyên mốc thời gian riêng của từng chính sách. 'assumptions from' liệt kê các
                chính sách có mốc thời gian của mô hình (với mô hình đi kèm: monitoring, paper_refusal,
                five_g_launch, five_g_pilot, five_g_rollout, signature_drive, skills_movement).
                """,
            example: "policy paper_refusal on from 2027-01-01"),
        HelpTopic(
            name: "target", usage: "target INDICATOR >=|<=|>|< VALUE by YEAR",
            summary: "a goal an indicator should reach (inside a scenario)",
            vietnamese: "mục tiêu một chỉ tiêu cần đạt (trong kịch bản)",
            details:
                "Percent indicators take a value with %, the EGDI an index from 0 to 1. The year must lie in the horizon.\nType 'list indicators' for the names.",
            vietnameseDetails: """
                Chỉ tiêu dạng phần trăm nhận giá trị có %, còn EGDI là chỉ số từ 0 đến 1. Năm phải nằm trong
                giai đoạn. Gõ 'list indicators' để xem tên.
                """,
            example: "target online-services >= 100% by 2030"),
        HelpTopic(
            name: "let", usage: "let NAME = EXPRESSION",
            summary: "a script variable: a number, a percentage, money or text",
            vietnamese: "một biến của script: số, phần trăm, tiền hay văn bản",
            details:
                "Money is written 30000 bn VND, 3 nghìn tỷ VND or 1 bn USD (converted at the model's exchange rate).\nExpressions: + - * /, < <= > >= == !=, and, or, not, parentheses, and 'fibre in 2030' (a value of\nthe current run), or of a named scenario: 'fibre in 2030 of NAME', 'met of NAME' (targets met),\n'targets of NAME', 'spent of NAME'. Kinds must fit: money * 10% is money, but 5% + 1 is an error. A variable may stand\nwherever a scenario takes a number: 'budget b per year', 'skills share'.",
            vietnameseDetails: """
                Tiền được viết 30000 bn VND, 3 nghìn tỷ VND hoặc 1 bn USD (quy đổi theo tỷ giá của mô hình).
                Biểu thức: + - * /, < <= > >= == !=, and, or, not, dấu ngoặc, và 'fibre in 2030' (một giá trị
                của lần chạy hiện tại), hoặc của một kịch bản có tên: 'fibre in 2030 of TÊN', 'met of TÊN' (số mục
                tiêu đạt), 'targets of TÊN', 'spent of TÊN' ('của' thay cho 'of'). Các kiểu phải khớp: money * 10% là tiền, nhưng 5% + 1 là lỗi. Một biến có
                thể đứng ở bất cứ chỗ nào kịch bản nhận một số: 'budget b per year', 'skills share'.
                """,
            example: "let b = 25 nghìn tỷ VND\nprint \"a tenth is {b * 10%}\""),
        HelpTopic(
            name: "for", usage: "for NAME in A to B [step S] | in [a, b, …] … end",
            summary: "repeat statements over numbers, percentages or a list (a sweep)",
            vietnamese: "lặp các câu lệnh qua các số, phần trăm hay một danh sách (quét)",
            details: "At most 10,000 rounds. The body may define and run scenarios; Ctrl-C stops the loop.",
            vietnameseDetails: """
                Tối đa 10,000 vòng. Thân vòng lặp có thể định nghĩa và chạy kịch bản; Ctrl-C dừng vòng lặp.
                """,
            example: "for share in 10% to 30% step 10%\n  print \"{share}\"\nend"),
        HelpTopic(
            name: "if", usage: "if CONDITION … [else …] end",
            summary: "run statements only when a condition holds",
            vietnamese: "chỉ chạy các câu lệnh khi điều kiện đúng",
            details: "The condition is a comparison or a combination with and, or, not.",
            vietnameseDetails: """
                Điều kiện là một phép so sánh hoặc một tổ hợp dùng and, or, not.
                """,
            example: "run baseline\nif fibre in 2030 >= 100%\n  print \"fibre target met\"\nelse\n  print \"fibre target missed\"\nend"),
        HelpTopic(
            name: "print", usage: "print \"TEXT {EXPRESSION} …\"",
            summary: "print text with values put in",
            vietnamese: "in văn bản có chèn giá trị",
            details: "Each {…} is an expression; its value is printed in its kind: 42, 12.5%, 3000 bn VND.",
            vietnameseDetails: """
                Mỗi {…} là một biểu thức; giá trị của nó được in theo kiểu của nó: 42, 12.5%, 3000 bn VND.
                """,
            example: "run baseline\nprint \"fibre in 2030: {fibre in 2030}\""),
        HelpTopic(
            name: "assert", usage: "assert CONDITION [\"MESSAGE\"]",
            summary: "stop the script with an error when a condition does not hold",
            vietnamese: "dừng script với một lỗi khi điều kiện không đúng",
            details: "For tests and teaching: a failed assertion exits with status 65 and prints the message.",
            vietnameseDetails: """
                Dùng cho kiểm thử và giảng dạy: khi điều kiện kiểm tra không đúng, script thoát với mã trạng thái
                65 và in thông báo.
                """,
            example: "run baseline\nassert fibre in 2030 > 90% \"fibre passes 90%\""),
        HelpTopic(
            name: "include", usage: "include \"FILE\"",
            summary: "run another script here",
            vietnamese: "chạy một script khác tại đây",
            details: "The path is relative to the including file (or the working directory at the prompt). A file that\nincludes itself is an error.",
            vietnameseDetails: """
                Đường dẫn tính tương đối theo tệp chứa lệnh include (hoặc theo thư mục làm việc khi ở dấu nhắc).
                Tệp tự include chính nó là lỗi.
                """,
            example: "include \"scenarios/baseline.plan\""),
    ]

    package static func topic(_ name: String) -> HelpTopic? {
        let canonical = name == "exit" ? "quit" : name
        return topics.first { $0.name == canonical }
    }

    /// What `help` prints.
    /// The width `help` fits its listing to, and the widest usage kept on the summary's line.
    static let pageWidth = 100, usageWidth = 42

    package static func overview(style: Style, language: OutputLanguage = .en) -> String {
        let vi = language == .vi
        var lines: [String] = []
        let width = min(topics.map(\.usage.count).max() ?? 0, usageWidth)
        /// A usage and its summary; a long usage gets a line of its own, and the summary wraps.
        func entry(_ usage: String, _ summary: String) -> [String] {
            let indent = String(repeating: " ", count: width + 4)
            let summaryLines = TextLayout.wrap(summary, width: pageWidth - indent.count)
            var out: [String] = []
            if usage.count > width {
                out.append("  " + usage)
                out += summaryLines.map { indent + $0 }
            } else {
                out.append("  " + usage + String(repeating: " ", count: width - usage.count + 2) + (summaryLines.first ?? ""))
                out += summaryLines.dropFirst().map { indent + $0 }
            }
            return out
        }
        let settings = Self.scenarioSettingTopics
        let scripts = ["let", "for", "if", "print", "assert", "include"]
        /// A topic's summary; in Vietnamese, after the Vietnamese word that starts it (`chạy — …`),
        /// so a Vietnamese typist finds the words to type.
        func summary(_ topic: HelpTopic, word: String?) -> String {
            let text = topic.summary(in: language)
            guard vi, let word else { return text }
            return word + " — " + text
        }
        // The commands under their headings; defining a scenario comes first.
        for group in CommandGroup.allCases {
            lines.append(style.bold(group.heading(in: language)))
            if group == .scenarios, let scenario = topic("scenario") {
                lines += entry(scenario.usage, summary(scenario, word: vietnameseKeyword(for: "scenario")))
            }
            for command in CommandRegistry.commands where command.group == group {
                lines += entry(command.help.usage, summary(command.help, word: command.synonyms.first { $0.unicodeScalars.contains { !$0.isASCII } }))
            }
            lines.append("")
        }
        lines.append(style.bold(vi ? "Trong script (và tại dấu nhắc)" : "In scripts (and at the prompt)"))
        for name in scripts {
            let topic = topic(name)!
            lines += entry(topic.usage, summary(topic, word: vietnameseKeyword(for: name)))
        }
        lines.append("")
        lines.append(style.bold(vi ? "Trong một kịch bản" : "Inside a scenario"))
        for name in settings {
            let topic = topic(name)!
            lines += entry(
                topic.usage,
                summary(topic, word: vietnameseKeyword(for: name))
                    .replacingOccurrences(of: " (inside a scenario)", with: "").replacingOccurrences(of: " (trong kịch bản)", with: ""))
        }
        lines.append("")
        if vi {
            lines.append("Gõ 'help CHỦ-ĐỀ' (trợ-giúp) để xem chi tiết và ví dụ. Tab gợi ý tên; một khối kéo dài")
            lines.append("đến 'end' (hết); Ctrl-C bỏ dòng đang gõ; Ctrl-D hay 'quit' (thoát) để ra. REPL.md giải thích mọi thứ.")
        } else {
            lines.append("Type 'help TOPIC' for details and an example. Tab completes names; a block continues until 'end';")
            lines.append("Ctrl-C discards the current input; Ctrl-D or 'quit' leaves. Everything is explained in REPL.md.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Vietnamese keyword for an English one (`horizon` → `giai-đoạn`); of two (`for` is
    /// `cho` in a clause and `với-mỗi` starting a loop), the longer, which is the statement's.
    static func vietnameseKeyword(for english: String) -> String? {
        Grammar.vietnameseKeywords.filter { $0.value == english }.keys.max { ($0.count, $0) < ($1.count, $1) }
    }

    /// What `help TOPIC` prints.
    package static func details(_ topic: HelpTopic, style: Style, language: OutputLanguage = .en) -> String {
        var out =
            style.bold(topic.usage) + "\n  " + topic.summary(in: language) + "\n\n" + topic.details(in: language) + "\n\n"
            + style.bold(language == .vi ? "Ví dụ" : "Example") + "\n"
        out += topic.example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return out + "\n"
    }
}
