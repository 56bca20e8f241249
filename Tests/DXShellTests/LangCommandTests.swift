import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Reports in Vietnamese after `lang vi`, and back in English after `lang en`.
@Suite("lang")
struct LangCommandTests {
    @Test("lang vi writes reports in Vietnamese, lang en back in English")
    func reports() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nlang vi\nrun small\nshow digital-skills\nlang en\nrun small")
        #expect(output.standard.contains("Đã chạy small"))
        #expect(output.standard.contains("Mục tiêu: đạt 1/1."))
        #expect(output.standard.contains("chỉ tiêu"))
        #expect(output.standard.contains("kỹ-năng-số"))
        #expect(output.standard.contains("Ngân sách: 10.000 tỷ đồng năm 2026"), "Vietnamese numbers: . between thousands")
        #expect(output.standard.contains("kỹ-năng-số >= 50% vào 2026: 75,8%"), "and , before decimals")
        #expect(output.standard.hasSuffix("✓ met    digital-skills >= 50% by 2026: 75.8% (already met in 2025)\n"), "\(output.standard)")
        #expect(shell.run("lang fr") == .failed(.semantic))
    }

    @Test("targets is written in Vietnamese after lang vi, with the indicators' Vietnamese names")
    func targets() {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        // five-pushes sets 2030 targets only; 'sooner' adds one for 2027 that is met a year late.
        let sooner = "scenario sooner from five-pushes\n  target digital-skills >= 85% by 2027\nend\n"
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\n" + sooner + "lang vi\ntargets five-pushes\ntargets sooner") == .completed)
        #expect(output.standard.contains("five-pushes — Năm đẩy mạnh (2026–2030): 6/9 mục tiêu đạt."))
        #expect(output.standard.contains("mục tiêu "))
        #expect(output.standard.contains("phủ-cáp-quang >= 100% vào 2030"))
        #expect(output.standard.contains("đạt (từ 2025)"))
        #expect(output.standard.contains("đạt muộn (2028)"))
        #expect(output.standard.contains("điểm"))
        #expect(!output.standard.contains(" met"))
    }

    @Test(
        "list, assumptions, explain and uncertainty speak Vietnamese after lang vi",
        arguments: [
            ("list", ["kịch bản", "giai đoạn", "tình trạng", "chưa chạy", "kịch bản hiện tại"], ["horizon", "not run"]),
            (
                "list programmes", ["chương trình", "trụ cột", "trọng tâm", "tên", "Dịch vụ công trực tuyến", "5 đẩy mạnh: 1 lãnh đạo"],
                ["pillar", "Key tasks", "Online public services", "tên tiếng Anh"]
            ),
            ("list indicators", ["chỉ tiêu", "đơn vị", "* giả định"], ["an assumption"]),
            (
                "assumptions share", ["Giả định (không có giá trị công bố)", "Từ nguồn đã công bố", "khoảng 0,3–0,6", "11 tham số: 10 giả định."],
                ["Labelled", "range"]
            ),
            (
                "explain online-services in 2027",
                [
                    "năm 2027 trong kịch bản", "Cách tính", "tích lũy", "Tham số và đầu vào được dùng",
                    "Yếu tố tác động mạnh nhất", "chi cho dịch-vụ-công", "điểm",
                ], ["How it is computed", " pp"]
            ),
            (
                "uncertainty runs 20",
                [
                    "Độ bất định của five-pushes\n20 lần chạy", "trung vị", "90% số lần chạy", "Khả năng đạt từng mục tiêu",
                    "phủ-cáp-quang >= 100% vào 2030",
                ], ["median", "Chance"]
            ),
        ])
    func vietnamese(command: String, present: [String], absent: [String]) {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nlang vi\n\(command)") == .completed, "\(output.error)")
        for text in present { #expect(output.standard.contains(text), "\(command): missing '\(text)'") }
        for text in absent { #expect(!output.standard.contains(text), "\(command): still English '\(text)'") }
    }
}

@Suite("Vietnamese keywords and names")
struct VietnameseInputTests {
    @Test("Vietnamese keywords and names, with or without diacritics, mean the same scenario as English")
    func sameScenario() throws {
        let (english, _) = makeInterpreter()
        english.run(
            "scenario a\n  horizon 2026 to 2027\n  budget 30 trillion VND per year growing 5% per year\n  allocate\n    skills 60%\n    broadband 40%\n  end\n  target fibre >= 90% by 2027\nend"
        )
        for text in [
            "kịch-bản a\n  giai-đoạn 2026 đến 2027\n  ngân-sách 30 nghìn tỷ đồng mỗi năm tăng 5% mỗi năm\n  phân-bổ\n    kỹ-năng-số 60%\n    băng-rộng 40%\n  hết\n  mục-tiêu cáp-quang >= 90% vào 2027\nhết",
            "kich-ban a\n  giai-doan 2026 den 2027\n  ngan-sach 30 nghin ty dong moi nam tang 5% moi nam\n  phan-bo\n    ky-nang-so 60%\n    bang-rong 40%\n  het\n  muc-tieu cap-quang >= 90% vao 2027\nhet",
        ] {
            let (vietnamese, output) = makeInterpreter()
            #expect(vietnamese.run(text) == .completed, "\(output.error)")
            let resolver = ScenarioResolver(model: english.session.model)
            #expect(try resolver.resolve("a", in: vietnamese.session.workspace).get() == resolver.resolve("a", in: english.session.workspace).get())
        }
    }

    @Test("the model file's own texts (docs, sources, assumptions, statistics, its title) are in the session's language")
    func modelTexts() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run("lang vi\nassumptions it_build_delay\nlist indicators\nmodel") == .completed)
        let vi = output.standard
        #expect(vi.contains("      Thời gian từ khi chi tiền đến khi hệ thống CNTT vận hành\n"), "\(vi)")
        #expect(vi.contains("giả định: chu kỳ mua sắm và triển khai"))
        #expect(vi.contains("it_build_delay = 1 năm   khoảng 0,5–2"), "units in Vietnamese")
        #expect(shell.run("giả-thiết labour_force") == .completed)
        #expect(output.standard.contains("labour_force = 52.000.000 người   khoảng 50.000.000–54.000.000"), "large numbers grouped")
        #expect(!vi.contains("Time from spending"))
        #expect(!vi.contains("procurement"))
        // The statistics: who publishes them and what they count, with numbers as Vietnamese write them.
        #expect(vi.contains("Bộ KH&CN"))
        #expect(vi.contains("50,4% (tháng 4/2025)"))
        #expect(!vi.contains("dossiers settled fully online"))
        #expect(vi.contains("Mô hình chuyển đổi số quốc gia"))

        let (english, englishOutput) = makeInterpreter()
        #expect(english.run("assumptions it_build_delay\nlist indicators") == .completed)
        #expect(englishOutput.standard.contains("      Time from spending to working IT systems\n"))
        #expect(englishOutput.standard.contains("it_build_delay = 1 year   range 0.5–2"))
        #expect(englishOutput.standard.contains("assumption: typical procurement and deployment cycle of one budget year"))
        #expect(englishOutput.standard.contains("50.4% (April 2025)"))
    }
}
