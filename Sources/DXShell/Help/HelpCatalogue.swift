import Foundation

/// One entry of the built-in help: a command or a part of the scenario language.
package struct HelpTopic: Sendable {
    package let name: String
    package let usage: String
    package let summary: String
    /// The summary in Vietnamese (`help` in a Vietnamese session). Every topic must give one.
    package let vietnameseSummary: String
    package let details: String
    package let example: String

    package init(name: String, usage: String, summary: String, vietnamese vietnameseSummary: String, details: String, example: String) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.vietnameseSummary = vietnameseSummary
        self.details = details
        self.example = example
    }

    /// The summary in a language.
    package func summary(in language: OutputLanguage) -> String { language == .vi ? vietnameseSummary : summary }
}

/// The text behind `help` and `help TOPIC`.
package enum HelpCatalogue {
    /// The topics that are lines inside `scenario … end`, listed under their own heading.
    package static let scenarioSettingTopics = ["horizon", "budget", "allocate", "shift", "delay", "from", "target", "assume", "policy"]

    package static let topics: [HelpTopic] = [
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
            name: "run", usage: "run [SCENARIO]",
            summary: "simulate a scenario and report its targets",
            vietnamese: "mô phỏng một kịch bản và báo cáo các mục tiêu của nó",
            details:
                "Runs the model from its history (mid-2020 to the end of the base year) to the end of the scenario's\nhorizon, then lists each target as met or missed, and for a missed one whether another split may meet it or\nit is out of reach with the budget. Without a name, runs the current scenario (the last one defined or run).",
            example: "run baseline"),
        HelpTopic(
            name: "show", usage: "show [INDICATOR…] | show scenario NAME",
            summary: "print indicators by year for the current scenario, or a scenario's inputs",
            vietnamese: "in các chỉ tiêu theo năm của kịch bản hiện tại, hoặc các đầu vào của một kịch bản",
            details:
                "Prints a table of indicators by year for the scenario last run (running it first if needed).\nTarget cells are marked ✓ (met) or ✗ (missed). Name indicators to print only those.\n'show scenario NAME' prints a scenario's inputs after inheritance, marking where each comes from.",
            example: "show fibre online-services"),
        HelpTopic(
            name: "diff", usage: "diff SCENARIO SCENARIO",
            summary: "the inputs two scenarios differ in, and where each value comes from",
            vietnamese: "các đầu vào mà hai kịch bản khác nhau, và mỗi giá trị từ đâu ra",
            details:
                "Compares the resolved inputs (horizon, budget, each programme's share, targets) after inheritance.\n'show scenario NAME' prints all of one scenario's inputs, marking the inherited ones.",
            example: "diff baseline five-pushes"),
        HelpTopic(
            name: "chart", usage: "chart INDICATOR [SCENARIO…]",
            summary: "draw an indicator over the years, for one or more scenarios, with its targets",
            vietnamese: "vẽ một chỉ tiêu qua các năm, cho một hay nhiều kịch bản, kèm mục tiêu",
            details: """
                One marker per scenario and year, joined by dots; ◇ marks a target one of them sets for the
                indicator, ◉ a point where several scenarios meet. Without a scenario, the current one.
                """,
            example: "chart e-signatures baseline five-pushes"),
        HelpTopic(
            name: "why", usage: "why INDICATOR A B [in YEAR]",
            summary: "why an indicator differs between two scenarios: each differing input's part",
            vietnamese: "vì sao một chỉ tiêu khác nhau giữa hai kịch bản: phần của từng đầu vào khác nhau",
            details: """
                The inputs are each programme's spending and each assumption or policy a scenario sets. An
                input's part is the mean of its effect when changed alone, from A to B and back; what the
                parts leave of the difference is the interaction of inputs changing together. YEAR is the
                last year both scenarios run unless 'in YEAR' says which.
                """,
            example: "why e-signatures baseline five-pushes"),
        HelpTopic(
            name: "optimise", usage: "optimise [SCENARIO] [for INDICATOR in YEAR] [as NAME]",
            summary: "the split of a scenario's budget that does best on its targets, or on one indicator",
            vietnamese: "cách chia ngân sách của một kịch bản đạt các mục tiêu tốt nhất, hoặc tốt nhất cho một chỉ tiêu",
            details: """
                Searches the shares of the programmes (Nelder–Mead; budget, horizon, assumptions and policies
                stay) for the split that does best on the scenario's targets (each met target counts 1, a
                missed one its progress towards the threshold) or, with 'for', on one indicator in one year.
                Defines the result as a new scenario (NAME, or SCENARIO-optimised) that inherits the rest, so
                'run', 'compare' and 'save' work on it. The split is what this model rewards, not advice.
                """,
            example: "optimise baseline for fibre in 2030 as more-fibre"),
        HelpTopic(
            name: "compare", usage: "compare A B [C…] [in YEAR]",
            summary: "the results of several scenarios side by side: spending, indicators, targets",
            vietnamese: "kết quả của nhiều kịch bản cạnh nhau: chi tiêu, chỉ tiêu, mục tiêu",
            details: """
                Runs each scenario if it has not run since it changed, then prints what each spends over its
                horizon, every indicator in YEAR (the last year all of them run, unless 'in YEAR' says which)
                with the difference when there are two, and every target any of them sets, met (✓) or
                missed (✗) in each. 'diff' compares the inputs of two scenarios instead.
                """,
            example: "compare baseline five-pushes in 2027"),
        HelpTopic(
            name: "targets", usage: "targets [SCENARIO]",
            summary: "each target of a scenario: met, missed, or met in a later year, with the gap",
            vietnamese: "từng mục tiêu của một kịch bản: đạt, chưa đạt hay đạt vào năm sau, kèm khoảng cách",
            details: "Runs the scenario if it has not run since it changed. Without a name, uses the current scenario.",
            example: "targets baseline"),
        HelpTopic(
            name: "explain", usage: "explain INDICATOR [in YEAR]",
            summary: "how the model computes an indicator, from what, and what moves it most",
            vietnamese: "mô hình tính một chỉ tiêu thế nào, từ những gì, và yếu tố nào tác động mạnh nhất",
            details: """
                Prints the indicator's equations in symbols and words, the parameters and inputs they use with
                units, values and sources, and a sensitivity ranking: how much the indicator changes in YEAR
                (the horizon's last year by default) when each input is raised by 10%, in the current scenario.
                """,
            example: "explain fibre in 2030"),
        HelpTopic(
            name: "assumptions", usage: "assumptions [WORD]",
            summary: "every parameter of the model with value, unit, range and source",
            vietnamese: "mọi tham số của mô hình với giá trị, đơn vị, khoảng và nguồn",
            details:
                "Labelled assumptions have no published value; their range is what the analysis varies.\nWith a WORD, lists only the parameters whose name contains it.",
            example: "assumptions lifetime"),
        HelpTopic(
            name: "calibrate", usage: "calibrate",
            summary: "fit the model's fitted parameters to its histories and compare with what was observed",
            vietnamese: "hiệu chỉnh các tham số cần khớp của mô hình theo chuỗi số liệu và so với số quan sát",
            details: """
                Runs the whole model once from the start of its backcast (mid-2020 for the bundled model,
                policies at their dates and spending in the base year's pattern: the run every scenario
                starts with) and fits the parameters marked 'fitted' (within their ranges) to the
                observations of its histories. Prints the fitted values beside the model file's, and every
                observation beside the model, with held-out observations (not used by the fit) marked. The
                model file holds the fitted values, so rerunning shows what the file's values reproduce.
                'calibrate hindcast' fits with only what was known at the ends of the last three years of
                history and shows how well each fit predicted what came after, with 90% bands.
                """,
            example: "calibrate"),
        HelpTopic(
            name: "uncertainty", usage: "uncertainty [SCENARIO] [runs N] [seed N]",
            summary: "how far results can move with the model's uncertain parameters: bands and each target's chance",
            vietnamese: "kết quả có thể dao động bao nhiêu theo các tham số bất định: khoảng và khả năng đạt từng mục tiêu",
            details: """
                Runs the scenario many times (500 unless 'runs' says otherwise, 10 to 100,000), each time with
                every uncertain parameter drawn from its range and distribution ('assumptions' lists them),
                and prints each indicator's median and the range 90% of the runs fall in, for the first and
                last year of the horizon, then the share of runs that meet each target. Fitted parameters and
                those the scenario sets with 'assume' are not drawn. The same seed (1 unless 'seed' says
                otherwise) gives the same result. Ctrl-C stops it.
                """,
            example: "uncertainty runs 100"),
        HelpTopic(
            name: "model", usage: "model [load \"FILE\" | bundled]",
            summary: "describe the model scenarios run on, or run another model file",
            vietnamese: "mô tả mô hình đang dùng, hoặc chạy một tệp mô hình khác",
            details: """
                'model' prints the model's name, file and contents. 'model load "FILE"' compiles a model file
                (the language is in MODEL.md) and runs every later scenario on it; a file with errors is
                reported and the session keeps its model. 'model bundled' goes back to the bundled model.
                """,
            example: "model"),
        HelpTopic(
            name: "export", usage: "export csv|json|html [SCENARIO…] \"FILE\" [force]  or  export xmile [SCENARIO] \"FILE\" [force]",
            summary: "write results as CSV, JSON or an HTML page with charts, or the model as XMILE",
            vietnamese: "ghi kết quả ra CSV, JSON hay trang HTML có biểu đồ, hoặc ghi mô hình ra XMILE",
            details: """
                csv: one row per scenario, indicator and year (scenario,indicator,unit,year,value), for spreadsheets.
                json: everything a run reports: budget and spending by year, assumptions, indicators, targets.
                html: one page to share: budgets and spending, targets met or missed, a chart of every indicator.
                xmile: the model with one scenario's yearly spending as inputs, for other system-dynamics tools
                (PySD, Stella); the tests check such a file against PySD to a relative 1e-6.
                Without a scenario name, the current scenario; each one runs first if it has not run since it
                changed. The file is written whole or not at all. An existing file is replaced only if dxplan
                wrote it; 'force' replaces any file, a read-only one too. A script writes only in its own folder.
                """,
            example: "export csv baseline five-pushes \"/tmp/dxplan-results.csv\""),
        HelpTopic(
            name: "list", usage: "list [scenarios|programmes|indicators]",
            summary: "list scenarios and their status, or the model's programmes or indicators",
            vietnamese: "liệt kê các kịch bản và tình trạng, hoặc các chương trình hay chỉ tiêu của mô hình",
            details: "Without an argument, lists the scenarios of this session with their parent, horizon and status.",
            example: "list programmes"),
        HelpTopic(
            name: "save", usage: "save [SCENARIO] to \"FILE\" [force]",
            summary: "write a scenario (and those it inherits from) to a file",
            vietnamese: "ghi một kịch bản (và các kịch bản nó kế thừa) ra tệp",
            details:
                "Writes canonical, readable text that 'load' reads back to the same scenario. The file is written\nto a temporary file first and renamed into place, so a failed save never leaves half a file.\nAn existing file is replaced only if dxplan wrote it (a file you wrote by hand is kept); 'force' at\nthe end replaces any file, a read-only one too. A script writes only in its own folder (see --allow-write).",
            example: "save baseline to \"/tmp/my-baseline.plan\""),
        HelpTopic(
            name: "load", usage: "load \"FILE\"",
            summary: "define the scenarios a file contains",
            vietnamese: "định nghĩa các kịch bản trong một tệp",
            details:
                "Reads a scenario file and defines every scenario in it. Commands in the file (run, show…) are not\nexecuted: run the file as a script (dxplan FILE) for that.",
            example: "load \"scenarios/five-pushes.plan\""),
        HelpTopic(
            name: "lang", usage: "lang en|vi",
            summary: "write reports in English or Vietnamese",
            vietnamese: "viết báo cáo bằng tiếng Anh hay tiếng Việt",
            details:
                "Input is always accepted in both: keywords and commands have Vietnamese forms (kịch-bản, ngân-sách,\nphân-bổ, mục-tiêu, chạy, xem…) and programmes and indicators Vietnamese names (kỹ-năng-số, cáp-quang…),\nwith or without diacritics.",
            example: "lang vi"),
        HelpTopic(
            name: "help", usage: "help [TOPIC]",
            summary: "list commands, or explain one",
            vietnamese: "liệt kê các lệnh, hoặc giải thích một lệnh",
            details: "Topics are the commands and the scenario settings (horizon, budget, allocate, target).",
            example: "help run"),
        HelpTopic(
            name: "quit", usage: "quit | exit",
            summary: "leave the shell (Ctrl-D on an empty line does the same)",
            vietnamese: "thoát (Ctrl-D trên dòng trống cũng vậy)",
            details: "History is saved when the shell ends.",
            example: "quit"),
        HelpTopic(
            name: "horizon", usage: "horizon YEAR to YEAR",
            summary: "the years a scenario's budget covers (inside a scenario)",
            vietnamese: "các năm mà ngân sách của kịch bản bao trùm (trong kịch bản)",
            details:
                "The horizon must start after the model's base year (2025 for the bundled model): the years up to it\nare history. Years between the base year and the horizon use the base year's spending pattern.",
            example: "horizon 2026 to 2030"),
        HelpTopic(
            name: "budget", usage: "budget AMOUNT SCALE VND|USD per year [growing P% per year]",
            summary: "the yearly envelope (inside a scenario)",
            vietnamese: "tổng ngân sách mỗi năm (trong kịch bản)",
            details:
                "SCALE is bn (tỷ), trillion (nghìn tỷ) or million (triệu); the currency VND or USD (converted at the model's\nexchange rate, its parameter in VND/USD: 'assume usd_vnd = …' in the bundled model). Growth compounds from the first year of the horizon.\nWrite large numbers with _ if you like: 25_000 bn VND.",
            example: "budget 25000 bn VND per year growing 8% per year"),
        HelpTopic(
            name: "allocate", usage: "allocate … end",
            summary: "the share of the envelope each programme gets (inside a scenario)",
            vietnamese: "tỷ trọng ngân sách mỗi chương trình nhận (trong kịch bản)",
            details:
                "One programme and its share per line. The shares of the resolved scenario must add up to 100%.\nA line may name a pillar (digital-government, digital-economy, digital-society): its share covers the pillar's\nprogrammes, less those named beside it, in their base-year proportions. Type 'list programmes' for the names.\nA line may give an amount instead (skills 5000 bn VND): the share it makes of the first year's envelope.",
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
            example: "shift 5% from data to skills"),
        HelpTopic(
            name: "delay", usage: "delay PROGRAMME N years",
            summary: "a programme that is late: its money is spent N years later (inside a scenario)",
            vietnamese: "một chương trình bị chậm: tiền của nó được chi muộn N năm (trong kịch bản)",
            details:
                "Each year's money for the programme is spent N years after the year it is planned for; nothing is spent\non it before, and what falls after the horizon is not spent in it ('show' says how much). 0 years undoes\nan inherited delay. Vietnamese: hoãn PROGRAMME N năm.",
            example: "delay broadband 1 year"),
        HelpTopic(
            name: "from", usage: "in YEAR budget … | from YEAR budget … | in|from YEAR allocate … end",
            summary: "a budget or shares for one year, or from a year on (inside a scenario)",
            vietnamese: "ngân sách hay tỷ trọng cho một năm, hoặc từ một năm trở đi (trong kịch bản)",
            details:
                "'in YEAR' covers that year only, 'from YEAR' that year and every later one; growth counts from YEAR.\nYear shares replace the base shares programme by programme; each year's shares must add up to 100%.",
            example: "from 2027 budget 40000 bn VND per year growing 5% per year"),
        HelpTopic(
            name: "assume", usage: "assume PARAMETER = VALUE",
            summary: "change a model assumption for this scenario (inside a scenario)",
            vietnamese: "đổi một giả định của mô hình cho riêng kịch bản này (trong kịch bản)",
            details:
                "The value is in the parameter's unit ('assumptions' lists them with their ranges). A value outside\nthe plausible range is accepted with a warning. Assumptions are kept apart from policies and budgets.",
            example: "assume exposure_sensitivity = 1"),
        HelpTopic(
            name: "policy", usage: "policy SWITCH on from DATE | policy SWITCH off",
            summary: "move a dated policy of the model, or switch it off (inside a scenario)",
            vietnamese: "dời một chính sách có mốc thời gian của mô hình, hoặc tắt nó (trong kịch bản)",
            details:
                "DATE is YEAR, YEAR-MONTH or YEAR-MONTH-DAY. A scenario acts from the end of the model's base year:\nthe history keeps each policy's own date. 'assumptions from' lists the model's dated policies (for the\nbundled model: monitoring, paper_refusal, five_g_launch, five_g_pilot, five_g_rollout, signature_drive,\nskills_movement).",
            example: "policy paper_refusal on from 2027-01-01"),
        HelpTopic(
            name: "target", usage: "target INDICATOR >=|<=|>|< VALUE by YEAR",
            summary: "a goal an indicator should reach (inside a scenario)",
            vietnamese: "mục tiêu một chỉ tiêu cần đạt (trong kịch bản)",
            details:
                "Percent indicators take a value with %, the EGDI an index from 0 to 1. The year must lie in the horizon.\nType 'list indicators' for the names.",
            example: "target online-services >= 100% by 2030"),
        HelpTopic(
            name: "let", usage: "let NAME = EXPRESSION",
            summary: "a script variable: a number, a percentage, money or text",
            vietnamese: "một biến của script: số, phần trăm, tiền hay văn bản",
            details:
                "Money is written 30000 bn VND, 3 nghìn tỷ VND or 1 bn USD (converted at the model's exchange rate).\nExpressions: + - * /, < <= > >= == !=, and, or, not, parentheses, and 'fibre in 2030' (a value of\nthe current run). Kinds must fit: money * 10% is money, but 5% + 1 is an error. A variable may stand\nwherever a scenario takes a number: 'budget b per year', 'skills share'.",
            example: "let b = 25 nghìn tỷ VND\nprint \"a tenth is {b * 10%}\""),
        HelpTopic(
            name: "for", usage: "for NAME in A to B [step S] | in [a, b, …] … end",
            summary: "repeat statements over numbers, percentages or a list (a sweep)",
            vietnamese: "lặp các câu lệnh qua các số, phần trăm hay một danh sách (quét)",
            details: "At most 10,000 rounds. The body may define and run scenarios; Ctrl-C stops the loop.",
            example: "for share in 10% to 30% step 10%\n  print \"{share}\"\nend"),
        HelpTopic(
            name: "if", usage: "if CONDITION … [else …] end",
            summary: "run statements only when a condition holds",
            vietnamese: "chỉ chạy các câu lệnh khi điều kiện đúng",
            details: "The condition is a comparison or a combination with and, or, not.",
            example: "run baseline\nif fibre in 2030 >= 100%\n  print \"fibre target met\"\nelse\n  print \"fibre target missed\"\nend"),
        HelpTopic(
            name: "print", usage: "print \"TEXT {EXPRESSION} …\"",
            summary: "print text with values put in",
            vietnamese: "in văn bản có chèn giá trị",
            details: "Each {…} is an expression; its value is printed in its kind: 42, 12.5%, 3000 bn VND.",
            example: "run baseline\nprint \"fibre in 2030: {fibre in 2030}\""),
        HelpTopic(
            name: "assert", usage: "assert CONDITION [\"MESSAGE\"]",
            summary: "stop the script with an error when a condition does not hold",
            vietnamese: "dừng script với một lỗi khi điều kiện không đúng",
            details: "For tests and teaching: a failed assertion exits with status 65 and prints the message.",
            example: "run baseline\nassert fibre in 2030 > 90% \"fibre passes 90%\""),
        HelpTopic(
            name: "include", usage: "include \"FILE\"",
            summary: "run another script here",
            vietnamese: "chạy một script khác tại đây",
            details: "The path is relative to the including file (or the working directory at the prompt). A file that\nincludes itself is an error.",
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
        var lines = [style.bold(vi ? "Lệnh" : "Commands")]
        let width = min(topics.map(\.usage.count).max() ?? 0, usageWidth)
        /// A usage and its summary; a long usage gets a line of its own, and the summary wraps.
        func entry(_ usage: String, _ summary: String) -> [String] {
            let indent = String(repeating: " ", count: width + 4)
            var summaryLines: [String] = []
            var line = ""
            for word in summary.split(separator: " ") {
                if !line.isEmpty, indent.count + line.count + 1 + word.count > pageWidth {
                    summaryLines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            if !line.isEmpty { summaryLines.append(line) }
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
        for topic in topics where !settings.contains(topic.name) && !scripts.contains(topic.name) {
            lines += entry(topic.usage, topic.summary(in: language))
        }
        lines.append("")
        lines.append(style.bold(vi ? "Trong script (và tại dấu nhắc)" : "In scripts (and at the prompt)"))
        for name in scripts {
            let topic = topic(name)!
            lines += entry(topic.usage, topic.summary(in: language))
        }
        lines.append("")
        lines.append(style.bold(vi ? "Trong một kịch bản" : "Inside a scenario"))
        for name in settings {
            let topic = topic(name)!
            lines += entry(
                topic.usage,
                topic.summary(in: language)
                    .replacingOccurrences(of: " (inside a scenario)", with: "").replacingOccurrences(of: " (trong kịch bản)", with: ""))
        }
        lines.append("")
        if vi {
            lines.append("Gõ 'help CHỦ-ĐỀ' để xem chi tiết và ví dụ (chi tiết hiện bằng tiếng Anh). Tab gợi ý tên; một khối kéo dài")
            lines.append("đến 'end' (hết); Ctrl-C bỏ dòng đang gõ; Ctrl-D hay 'quit' (thoát) để ra. REPL.md giải thích mọi thứ.")
        } else {
            lines.append("Type 'help TOPIC' for details and an example. Tab completes names; a block continues until 'end';")
            lines.append("Ctrl-C discards the current input; Ctrl-D or 'quit' leaves. Everything is explained in REPL.md.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `help TOPIC` prints.
    package static func details(_ topic: HelpTopic, style: Style, language: OutputLanguage = .en) -> String {
        var out =
            style.bold(topic.usage) + "\n  " + topic.summary(in: language) + "\n\n" + topic.details + "\n\n"
            + style.bold(language == .vi ? "Ví dụ" : "Example") + "\n"
        out += topic.example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return out + "\n"
    }
}
