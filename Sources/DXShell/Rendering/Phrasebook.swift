/// The fixed words and phrases of the inspection commands (`list`, `assumptions`, `explain`,
/// `uncertainty`) in Vietnamese, keyed by their English text. A phrase with no entry stays
/// English, so a missing translation shows as English rather than as nothing. Run reports and
/// `targets` use `Labels`; sentences with numbers in them are built in each command.
enum Phrasebook {
    static let vietnamese: [String: String] = [
        "Morris screening of {indicator} in {year} ({scenario})": "Sàng lọc Morris của {indicator} năm {year} ({scenario})",
        "{trajectories} trajectories, {runs} runs (seed {seed}): μ* is how much the indicator moves when an assumption crosses its whole range, μ the same with its sign, σ how much that depends on the other assumptions.":
            "{trajectories} quỹ đạo, {runs} lần chạy (hạt giống {seed}): μ* là mức chỉ tiêu dịch chuyển khi một giả định đi hết khoảng của nó, μ là mức đó kèm dấu, σ là mức đó phụ thuộc vào các giả định khác bao nhiêu.",
        "In the indicator's unit ({unit}); the fitted parameters keep their values; a screening, not a share of the variance ('sobol').":
            "Theo đơn vị của chỉ tiêu ({unit}); các tham số đã khớp giữ giá trị; đây là sàng lọc, không phải tỷ phần phương sai ('sobol').",
        "points": "điểm",
        // the HTML report's method and parameters
        "How these numbers are made": "Cách tạo ra các con số này", "The model's parameters": "Các tham số của mô hình",
        "A system-dynamics model: its stocks (services put online, databases connected, households passed by fibre, 5G sites, people trained and more) change month by month through the flows its equations give. Each scenario sets what each programme spends each year; the model turns the money into what it buys, at unit costs with their sources, through build pipelines with absorption limits. Each value is one run with every parameter at its value: 'uncertainty' in dxplan gives their bands.":
            "Một mô hình động lực học hệ thống: các đại lượng tích lũy (dịch vụ đưa lên trực tuyến, cơ sở dữ liệu được kết nối, hộ gia đình có cáp quang đi qua, trạm 5G, người được đào tạo và nhiều thứ khác) thay đổi từng tháng theo các dòng mà phương trình của nó cho ra. Mỗi kịch bản đặt mức chi của từng chương trình mỗi năm; mô hình chuyển tiền thành những gì tiền mua được, theo đơn giá có nguồn, qua các đường ống xây dựng có giới hạn hấp thụ. Mỗi giá trị là một lần chạy với mọi tham số ở giá trị của nó: lệnh 'uncertainty' của dxplan cho khoảng dao động.",
        "To make the numbers again: export the same scenarios with 'export json' and run 'dxplan verify' on the file. The foot of this page says which model and which dxplan made them; the parameters and their sources follow.":
            "Để tạo lại các con số: xuất cùng các kịch bản bằng 'export json' rồi chạy 'dxplan verify' trên tệp đó. Cuối trang này ghi mô hình nào và phiên bản dxplan nào đã tạo ra chúng; các tham số và nguồn của chúng ở ngay sau đây.",
        // where the model is documented
        "the model file": "tệp mô hình", "… (deeper equations: see the model file)": "… (các phương trình sâu hơn: xem tệp mô hình)",
        "Each band draws the fitted parameters jointly from the fit's uncertainty and adds the observation's own error ({doc}).":
            "Mỗi khoảng: các tham số khớp được rút cùng nhau theo độ bất định của phép khớp, cộng sai số quan sát ({doc}).",
        "The bound gives every programme the whole budget at once; no split of it does better ({doc}).":
            "Giới hạn: mỗi chương trình nhận toàn bộ ngân sách cùng lúc; không cách chia nào vượt được ({doc}).",
        "A scenario takes them all with the line 'target official', or one document's with 'target official 749'. Sources: {doc}.":
            "Một kịch bản lấy tất cả bằng dòng 'target official', hoặc của một văn bản: 'target official 749'. Nguồn: {doc}.",
        "Reports keep to {columns} columns.": "Báo cáo giữ trong {columns} cột.",
        // seek year
        "The earliest year each target of {scenario} is met": "Năm sớm nhất đạt từng mục tiêu của {scenario}",
        "its plan continued to {until} with the budget and split of {last} ({amount} a year).":
            "kế hoạch được kéo dài tới {until} với ngân sách và cách chia của năm {last} ({amount} mỗi năm).",
        "first met": "đạt lần đầu", "on time": "đúng hạn", "{years} years late": "trễ {years} năm", "not by {year}": "chưa đạt trước {year}",
        "The years after {last} are the plan kept as it ends, not a forecast of budgets to come.":
            "Các năm sau {last} là kế hoạch giữ nguyên như khi kết thúc, không phải dự báo ngân sách tương lai.",
        // optimise and seek
        "Defined {name}": "Đã định nghĩa {name}", "Replaced {name}": "Đã thay {name}",
        ": the split of the budget of {scenario} that does best on its {count} targets ({before} met → {after} met; progress {from} → {to} of {most})":
            ": cách chia ngân sách của {scenario} tốt nhất cho {count} mục tiêu của nó ({before} đạt → {after} đạt; mức tiến {from} → {to} trên {most})",
        "90% of runs fall in the range shown (5th to 95th percentile). Each run takes one row of the file;":
            "90% số lần chạy nằm trong khoảng được in (phân vị 5 đến 95). Mỗi lần chạy lấy một dòng của tệp;",
        "the parameters it does not name keep their values, and the budget's shares it gives are scaled to add up to 100%.":
            "các tham số không có trong tệp giữ giá trị của chúng, và các tỷ trọng ngân sách trong tệp được co giãn để cộng lại bằng 100%.",
        "Spending: computed inside the model (it has no programmes)": "Chi tiêu: do mô hình tự tính (mô hình không có chương trình)",
        "spending computed inside the model": "chi tiêu do mô hình tự tính",
        "its plan continued to {until} as in {last}.": "kế hoạch được kéo dài tới {until} như năm {last}.",
        "Targets met by each budget ({scenario})": "Số mục tiêu đạt theo từng mức ngân sách ({scenario})",
        "its {count} targets, with its own split and with the best split found at that budget.":
            "{count} mục tiêu của nó, với cách chia của kịch bản và với cách chia tốt nhất tìm được ở mức ngân sách đó.",
        "its split": "cách chia của nó", "best split": "cách chia tốt nhất", "the best split adds": "cách chia tốt nhất đạt thêm",
        "The best split at each budget is a local search's (as 'optimise'), not a proven optimum; 'optimise {scenario}' with a budget shows one. Nothing is defined.":
            "Cách chia tốt nhất ở mỗi mức ngân sách là kết quả của một phép tìm kiếm cục bộ (như 'optimise'), không phải tối ưu đã chứng minh; 'optimise {scenario}' với một mức ngân sách cho xem một cách chia. Không định nghĩa gì.",
        "What moves the targets most": "Điều gì tác động mạnh nhất tới các mục tiêu",
        "For each scenario, its first missed target (or its first target when all are met): every uncertain input and every programme's money set to its low and its high end, one at a time. The inputs at the top matter most for this answer; 'sensitivity' in dxplan gives the same, and Sobol indices.":
            "Với mỗi kịch bản, mục tiêu đầu tiên chưa đạt (hoặc mục tiêu đầu tiên khi tất cả đều đạt): mỗi đầu vào bất định và tiền của mỗi chương trình được đặt ở đầu thấp rồi đầu cao của nó, lần lượt từng cái. Các đầu vào ở trên cùng tác động mạnh nhất tới kết quả này; lệnh 'sensitivity' của dxplan cho kết quả tương tự, và cả chỉ số Sobol.",
        "the input at its low end": "đầu vào ở đầu thấp", "the input at its high end": "đầu vào ở đầu cao",
        "Weighted: {weights} (each other indicator's targets ×1).":
            "Trọng số: {weights} (mục tiêu của mỗi chỉ tiêu khác ×1).",
        ": the split of the budget of {scenario} that does best on {indicator} in {year}{lower} ({from} → {to})":
            ": cách chia ngân sách của {scenario} tốt nhất cho {indicator} năm {year}{lower} ({from} → {to})",
        ", where lower is better": ", càng thấp càng tốt", "fixed": "cố-định", "Kept: ": "Đã giữ: ",
        "NOT all kept, the best split found breaks some: ": "KHÔNG giữ được hết, cách chia tốt nhất tìm được vi phạm: ",
        "Nelder–Mead over the shares, {runs} runs: the best split this local search found, not a proven optimum; budget, horizon, assumptions and policies as in {scenario}.":
            "Nelder–Mead trên các tỷ trọng, {runs} lần chạy: cách chia tốt nhất mà phép tìm kiếm cục bộ này tìm được, không phải tối ưu đã chứng minh; ngân sách, giai đoạn, giả định và chính sách như trong {scenario}.",
        "'compare {a} {b}' shows the results side by side.": "'compare {a} {b}' cho xem kết quả cạnh nhau.",
        "Read the split as what this model rewards, not as advice (absorption limits and assumptions: {doc}).":
            "Hãy đọc cách chia này là điều mô hình này đánh giá cao, không phải lời khuyên (giới hạn hấp thụ và giả định: {doc}).",
        "its {count} targets": "{count} mục tiêu của nó", "{count} of its targets": "{count} trong các mục tiêu của nó",
        "No budget up to {times} times that of {scenario} ({most} in {year}) meets {sought} with its split. Still missed then: {missed}.":
            "Không mức ngân sách nào tới {times} lần của {scenario} ({most} năm {year}) đạt {sought} với cách chia của nó. Khi đó vẫn trượt: {missed}.",
        "'optimise {scenario}' may find a split that meets more; 'seek budget {scenario} for INDICATOR' seeks some targets only.":
            "'optimise {scenario}' có thể tìm được cách chia đạt nhiều hơn; 'seek budget {scenario} for INDICATOR' chỉ tìm cho một số mục tiêu.",
        "{scenario} meets {sought} with no money from its budget at all: what was built before {year} and the operators' own investment are enough in this model. Nothing is defined.":
            "{scenario} đạt {sought} mà không cần đồng nào từ ngân sách của nó: những gì đã xây trước {year} và đầu tư riêng của các nhà mạng là đủ trong mô hình này. Không định nghĩa gì.",
        ", growing as it does": ", tăng như kịch bản đó",
        ": {amount} a year in {year} (×{times} the budget of {scenario}{growing}) is the least budget that meets {sought}, to half a per cent.":
            ": {amount} mỗi năm vào năm {year} (×{times} ngân sách của {scenario}{growing}) là ngân sách nhỏ nhất đạt {sought}, chính xác tới nửa phần trăm.",
        "Rounded, it misses some: see 'targets {name}'.": "Sau khi làm tròn thì trượt một số: xem 'targets {name}'.",
        "Doubling, then bisection, assuming more money never undoes a target (the lever tests check each programme); split, horizon, assumptions and policies as in {scenario}.":
            "Nhân đôi rồi chia đôi khoảng, giả định thêm tiền không bao giờ làm mất một mục tiêu (các kiểm thử đòn bẩy kiểm tra từng chương trình); cách chia, giai đoạn, giả định và chính sách như trong {scenario}.",
        "budget in {year}": "ngân sách năm {year}", "target {value} by {year}": "mục tiêu {value} vào {year}", "targets met": "mục tiêu đạt",
        "{met} of {count}": "{met}/{count}",
        // export xlsx
        "Assumptions": "Giả định", "About": "Thông tin",
        "Values at the end of each year; spending in bn VND.": "Giá trị cuối mỗi năm; mức chi tính bằng tỷ đồng.",
        "index": "chỉ số", "spending (bn VND)": "mức chi (tỷ đồng)", "total": "tổng", "indicators with targets": "các chỉ tiêu có mục tiêu",
        "by": "hạn", "gap": "khoảng cách", "met": "đạt", "met late": "đạt muộn", "missed": "không đạt", "low": "thấp", "high": "cao",
        "Each scenario as dxplan reads it (with the scenarios it inherits from):":
            "Từng kịch bản như dxplan đọc (cùng các kịch bản mà nó kế thừa):",
        // sensitivity
        "Sensitivity of {indicator} in {year} ({scenario})": "Độ nhạy của {indicator} năm {year} ({scenario})",
        "{value} with every input at its value; each input at its low and its high end, one at a time:":
            "{value} khi mọi đầu vào giữ giá trị; từng đầu vào ở đầu thấp và đầu cao của nó, lần lượt từng cái:",
        "input": "đầu vào", "kind": "loại", "low … high": "thấp … cao", "gives": "cho ra",
        "assumed": "giả định", "fitted": "đã khớp", "lever": "đòn bẩy",
        "… and {count} more inputs, {moving} of them moving it visibly": "… và {count} đầu vào nữa, {moving} trong số đó làm nó thay đổi thấy được",
        "Levers: each programme's money at ×0.5 and ×1.5. Assumed: the ends of their ranges ('assumptions'). Fitted: a 90% interval.":
            "Đòn bẩy: tiền của từng chương trình ở ×0,5 và ×1,5. Giả định: hai đầu khoảng của chúng ('assumptions'). Đã khớp: khoảng 90%.",
        "Sobol indices of {indicator} in {year} ({scenario})": "Chỉ số Sobol của {indicator} năm {year} ({scenario})",
        "{samples} samples, {runs} runs (seed {seed}): the share of the variance each input explains alone (first order) and with its interactions (total order), ± a 95% interval.":
            "{samples} mẫu, {runs} lần chạy (hạt giống {seed}): phần phương sai mà từng đầu vào giải thích riêng (bậc một) và cùng các tương tác của nó (toàn phần), ± khoảng 95%.",
        "first order": "bậc một", "total order": "toàn phần", "fitted parameters": "các tham số đã khớp",
        "… and {count} more inputs": "… và {count} đầu vào nữa",
        "The first-order indices add up to {sum}, and shares cannot pass 1: {samples} samples are too few for precise indices; more samples narrow the intervals.":
            "Tổng các chỉ số bậc một là {sum}, mà tỷ phần không thể vượt 1: {samples} mẫu là quá ít để có chỉ số chính xác; nhiều mẫu hơn sẽ thu hẹp các khoảng.",
        "The first-order indices add up to {sum}: the rest of the variance comes from inputs acting together.":
            "Tổng các chỉ số bậc một là {sum}: phần phương sai còn lại đến từ các đầu vào tác động cùng nhau.",
        // workshops
        "Workshop: {title}": "Hội thảo: {title}",
        "no plan yet": "chưa có kế hoạch",
        "Teams:": "Các đội:",
        "budget at most {amount} a year": "ngân sách tối đa {amount} mỗi năm",
        "horizon {from}–{to}": "giai đoạn {from}–{to}",
        "Rules:": "Quy định:",
        "Scored on:": "Tính điểm theo:",
        "weight {weight}": "trọng số {weight}",
        "by {year}": "vào {year}",
        "{team} does not take part in round {n}: {problems}": "{team} không tham gia vòng {n}: {problems}",
        "fix the plan, then run the round again": "sửa kế hoạch rồi chạy lại vòng này",
        "Round {n}: {title}": "Vòng {n}: {title}",
        "Read {count} files from {folder}.": "Đã đọc {count} tệp từ {folder}.",
        "Plans: {teams}.": "Kế hoạch: {teams}.",
        "Missing: {teams}.": "Còn thiếu: {teams}.",
        "{top} and {next} score alike on every indicator.": "{top} và {next} có điểm như nhau ở mọi chỉ tiêu.",
        "What separated {top} from {next} most: {indicator} in {year}": "Điều tách {top} khỏi {next} nhiều nhất: {indicator} năm {year}",
        "Round {n} — {title}": "Vòng {n} — {title}",
        "No team's plan keeps the rules yet ('workshop check').": "Chưa có kế hoạch nào của các đội đúng quy định ('workshop check').",
        "rank": "hạng", "team": "đội", "score": "điểm", "targets": "mục tiêu", "spent": "đã chi",
        "Score: each indicator's progress to its threshold (at most 1) times its weight.":
            "Điểm: mức tiến tới ngưỡng của mỗi chỉ tiêu (tối đa 1) nhân trọng số.",
        "Equal scores: more targets met first, then less money spent.": "Điểm bằng nhau: đạt nhiều mục tiêu hơn xếp trước, rồi chi ít tiền hơn.",
        "{team} keeps the rules.": "{team} đúng quy định.",
        "Wrote the workshop's report to {file}.": "Đã ghi báo cáo của hội thảo vào {file}.",
        "Saved the workshop, its plans and results to {file}.": "Đã lưu hội thảo, các kế hoạch và kết quả vào {file}.",
        // provenance
        "Made by dxplan {version} with the model '{model}' ({file}, {fingerprint}) on {date}.":
            "Tạo bởi dxplan {version} với mô hình '{model}' ({file}, {fingerprint}) lúc {date}.",
        "bundled": "đi kèm",
        // the progress line
        "{runs} runs, {seconds} s": "{runs} lần chạy, {seconds} giây",
        "{runs} of {total} runs, {seconds} s": "{runs}/{total} lần chạy, {seconds} giây",
        "about {left} s left": "còn khoảng {left} giây",
        "(Ctrl-C stops)": "(Ctrl-C để dừng)",
        // lessons
        "Going on from step {step} (where you stopped); 'back' goes to earlier steps.":
            "Tiếp tục từ bước {step} (chỗ bạn đã dừng); 'back' (lùi) để về các bước trước.",
        "{lesson} · {title} — step {step} of {count}": "{lesson} · {title} — bước {step}/{count}",
        "Try:": "Thử:",
        "(next: go on · back: the step before · hint: a hint · quit lesson: stop)":
            "(tiếp: sang bước sau · lùi: bước trước · gợi-ý: một gợi ý · thoát bài-học: dừng)",
        "nothing to do: read it": "không cần làm gì: chỉ cần đọc",
        "use '{command}'": "dùng lệnh '{command}'",
        "run a scenario": "chạy một kịch bản",
        "run {name}": "chạy {name}",
        "define a new scenario": "định nghĩa một kịch bản mới",
        "define {count} new scenarios": "định nghĩa {count} kịch bản mới",
        "give {programme} at least {percent}% in a scenario of yours": "dành cho {programme} ít nhất {percent}% trong một kịch bản bạn tạo",
        "give {programme} at most {percent}% in a scenario of yours": "dành cho {programme} nhiều nhất {percent}% trong một kịch bản bạn tạo",
        "make {condition} true in the current run": "làm cho {condition} đúng trong lần chạy hiện tại",
        "That was the last step: type 'next' to finish.": "Đó là bước cuối: gõ 'next' (tiếp) để kết thúc.",
        "Type 'next' to go on.": "Gõ 'next' (tiếp) để sang bước sau.",
        "Done: {goal}.": "Xong: {goal}.",
        "under way: step {step} of {count}": "đang học: bước {step}/{count}",
        "done": "đã xong",
        "stopped at step {step} of {count}": "dừng ở bước {step}/{count}",
        "{count} steps": "{count} bước",
        "Lessons": "Bài học",
        "'lesson N' starts one (where you stopped); 'lesson \"FILE\"' runs a lesson a teacher wrote (TEACHING.md).":
            "'lesson N' (bài-học N) bắt đầu một bài (từ chỗ bạn dừng); 'lesson \"TỆP\"' chạy bài học do giáo viên soạn (TEACHING.md).",
        "Lesson {n}": "Bài {n}",
        "not yet: this step asks you to {goal}": "chưa xong: bước này yêu cầu bạn {goal}",
        "try: {command}; 'hint' gives a hint": "thử: {command}; 'hint' (gợi-ý) cho một gợi ý",
        "'hint' gives a hint": "'hint' (gợi-ý) cho một gợi ý",
        "{lesson} is done.": "{lesson} đã xong.",
        "'lesson' lists the others.": "'lesson' (bài-học) liệt kê các bài khác.",
        "Hint {n} of {count}:": "Gợi ý {n}/{count}:",
        "This step asks you to {goal}.": "Bước này yêu cầu bạn {goal}.",
        "Try: {command}": "Thử: {command}",
        "Left {lesson} at step {step}; '{command}' goes on from there.": "Đã rời {lesson} ở bước {step}; '{command}' để học tiếp từ đó.",
        // record
        "Recording to {file} ({count} entries so far); 'record stop' ends it.":
            "Đang ghi lại vào {file} ({count} mục đến giờ); 'record stop' (ghi-lại dừng) để kết thúc.",
        "Recording to {file} (1 entry so far); 'record stop' ends it.":
            "Đang ghi lại vào {file} (1 mục đến giờ); 'record stop' (ghi-lại dừng) để kết thúc.",
        "Recorded 1 entry to {file}, and a transcript to {transcript}.": "Đã ghi lại 1 mục vào {file}, và bản ghi vào {transcript}.",
        "Not recording. 'record \"FILE\"' starts.": "Không ghi lại. 'record \"TỆP\"' (ghi-lại) để bắt đầu.",
        "Recorded {count} entries to {file}, and a transcript to {transcript}.":
            "Đã ghi lại {count} mục vào {file}, và bản ghi vào {transcript}.",
        "Recording to {file} (and a transcript to {transcript}); 'record stop' ends it.":
            "Đang ghi lại vào {file} (và bản ghi vào {transcript}); 'record stop' (ghi-lại dừng) để kết thúc.",
        "dxplan session, {date}": "Phiên làm việc dxplan, {date}",
        "Replay it with `dxplan replay {file}`.": "Chạy lại bằng `dxplan replay {file}`.",
        // list scenarios
        "scenario": "kịch bản", "from": "kế thừa", "horizon": "giai đoạn", "title": "tiêu đề", "status": "tình trạng",
        "not run": "chưa chạy", "ran": "đã chạy", "cannot run: ": "không chạy được: ",
        "* current scenario (used by 'run' and 'show' without a name)":
            "* kịch bản hiện tại (dùng cho 'chạy' và 'xem' khi không nêu tên)",
        "No scenarios yet. Define one with 'scenario … end' ('help scenario'), or 'load' a file.":
            "Chưa có kịch bản nào. Hãy định nghĩa bằng 'scenario … end' ('help scenario'), hoặc nạp một tệp bằng 'load'.",
        // list programmes and indicators
        "programme": "chương trình", "pillar": "trụ cột", "push": "đẩy mạnh", "task": "trọng tâm",
        "name": "tên", "tên": "tên", "indicator": "chỉ tiêu", "unit": "đơn vị",
        "* an assumption: no verified baseline (see {doc})": "* giả định: chưa có số liệu gốc được kiểm chứng (xem {doc})",
        // assumptions
        "Labelled assumptions (no published value)": "Giả định (không có giá trị công bố)",
        "Fitted to what was observed ('calibrate'; {doc})": "Hiệu chỉnh theo số liệu quan sát ('calibrate'; {doc})",
        "From published sources": "Từ nguồn đã công bố",
        "range": "khoảng", "source: ": "nguồn: ", "assumption: ": "giả định: ",
        // explain
        "How it is computed": "Cách tính", "Parameters and inputs it uses": "Tham số và đầu vào được dùng",
        "What moves it most": "Yếu tố tác động mạnh nhất", "accumulates": "tích lũy", "from ": "ban đầu ",
        "value": "giá trị", "source": "nguồn", "the scenario": "kịch bản", "spending on": "chi cho", "baseline": "giá trị gốc",
        "baseline source: ": "nguồn của giá trị gốc: ",
        "… (deeper equations: see the model file, or MODEL.md)": "… (các phương trình sâu hơn: xem tệp mô hình hoặc MODEL.md)",
        // compare, why, chart, optimise, the HTML report
        "Targets": "Mục tiêu", "Targets met: ": "Mục tiêu đạt: ", "outside": "ngoài", "Indicators": "Chỉ tiêu",
        " (✓ met, ✗ missed, – not set by the scenario, outside: not in its horizon)":
            " (✓ đạt, ✗ chưa đạt, – kịch bản không đặt, ngoài: năm không thuộc giai đoạn của kịch bản)",
        " pp": " điểm", "spending on ": "chi cho ", "policy ": "chính sách ", "assume ": "giả định ", "on from ": "bật từ ", "off": "tắt",
        "input that differs": "đầu vào khác nhau", "its part": "phần đóng góp",
        "changing together (interaction)": "cùng thay đổi (tương tác)",
        "The two scenarios have the same inputs.": "Hai kịch bản có cùng đầu vào.",
        "several at once": "trùng nhau", "change": "thay đổi", "now met: ": "nay đạt: ", "no longer met: ": "không còn đạt: ",
        "Digital transformation budget: ": "Ngân sách chuyển đổi số: ", "Model: ": "Mô hình: ",
        "Values are at the end of each year; the first year is the baseline. {doc} explains every equation and number.":
            "Giá trị cuối mỗi năm; năm đầu là số liệu gốc. {doc} giải thích mọi phương trình và con số.",
        "Written by dxplan.": "Do dxplan tạo.", "Budgets and spending": "Ngân sách và chi tiêu", "bn VND": "tỷ đồng",
        "budget": "ngân sách",
        // uncertainty
        "median": "trung vị", "run": "lần chạy gốc",
        "'run' is the scenario's own run, every parameter at its value; the median of the draws can differ from it.":
            "'lần chạy gốc': kịch bản với mọi tham số ở giá trị của nó; trung vị của các lần rút có thể khác.", "90% of runs": "90% số lần chạy",
        "target": "mục tiêu", "chance": "khả năng",
        "Chance of meeting each target": "Khả năng đạt từng mục tiêu",
        "(share of the runs in which it holds)": "(tỷ lệ số lần chạy đạt mục tiêu)",
        "90% of runs fall in the range shown (5th to 95th percentile). Drawn: the fitted parameters together,":
            "90% số lần chạy nằm trong khoảng hiển thị (bách phân vị 5 đến 95). Rút ngẫu nhiên: các tham số hiệu chỉnh cùng nhau,",
        "as the observations leave them open, and every other with a range, except those the scenario assumes;":
            "theo mức dữ liệu quan sát còn để ngỏ, và mọi tham số khác có khoảng, trừ tham số kịch bản tự đặt;",
        "the budget's shares still add up to 100%. 'assumptions' lists them; {doc} says how.":
            "các tỷ trọng ngân sách vẫn cộng lại 100%. 'assumptions' liệt kê chúng; {doc} nói cách làm.",
        // confirmations (templates: {name} is filled in)
        "Defined scenario {name}.": "Đã định nghĩa kịch bản {name}.",
        "Replaced scenario {name}.": "Đã thay kịch bản {name}.",
        "Saved {names} to {file}.": "Đã lưu {names} vào {file}.",
        "Loaded {names} from {file}.": "Đã nạp {names} từ {file}.",
        "Loaded {names} from {file} (replacing them).": "Đã nạp {names} từ {file} (thay các kịch bản cùng tên).",
        "Loaded {names} from {file} (replacing {replaced}).": "Đã nạp {names} từ {file} (thay {replaced}).",
        "no scenarios": "không kịch bản nào", " and {count} more": " và {count} kịch bản khác",
        // calibrate
        "The model declares no backcast and no histories: nothing to calibrate.":
            "Mô hình không khai báo lần chạy lại quá khứ hay chuỗi số liệu nào: không có gì để hiệu chỉnh.",
        "The model marks no parameter 'fitted': nothing to calibrate.":
            "Mô hình không đánh dấu tham số nào 'fitted' (cần khớp): không có gì để hiệu chỉnh.",
        "Fitted parameters": "Tham số hiệu chỉnh", " (Nelder–Mead, {count} backcasts)": " (Nelder–Mead, {count} lần chạy lại quá khứ)",
        "parameter": "tham số", "model file": "tệp mô hình", "fit": "khớp", "model": "mô hình", "when": "khi",
        "observed": "quan sát", "miss": "sai lệch", "tolerance": "dung sai", "role": "vai trò", "role (fit)": "vai trò (khớp)",
        "! at an end of its range: the observations would push it further. Widen the range, or question the mechanism it stands for.":
            "! ở một đầu khoảng: số quan sát muốn đẩy nó xa hơn. Hãy nới khoảng, hoặc xem lại cơ chế mà nó đại diện.",
        "Backcast from {start}": "Chạy lại quá khứ từ {start}",
        " (the run every scenario starts with; policies at their dates, spending in the reference pattern)":
            " (lần chạy mọi kịch bản bắt đầu từ đó; chính sách theo mốc thời gian, chi tiêu theo cơ cấu tham chiếu)",
        "Roles: start = where the run starts; fitted = used by the fit; held out = kept out of it, to test it;":
            "Vai trò: start = điểm xuất phát; fitted = dùng để khớp; held out = để riêng, dùng để kiểm tra;",
        "anchor = a value the model assumes (marked *, no observation) that the backcast is tied to.":
            "anchor = giá trị mô hình giả định (đánh dấu *, không có quan sát) mà lần chạy lại quá khứ bám theo.",
        "The fit differs from the model file: write the fitted values into the model file to keep them.":
            "Kết quả khớp khác tệp mô hình: ghi các giá trị khớp vào tệp mô hình để giữ lại.",
        // model
        " (from {file})": " (từ {file})", " (bundled)": " (đi kèm dxplan)", "a month": "một tháng", "{years} year": "{years} năm",
        "  base year {year}; {programmes} programmes, {indicators} indicators, {parameters} parameters ({assumptions} assumptions, {fitted} fitted), {policies} dated policies":
            "  năm gốc {year}; {programmes} chương trình, {indicators} chỉ tiêu, {parameters} tham số ({assumptions} giả định, {fitted} hiệu chỉnh), {policies} chính sách có mốc thời gian",
        "  {equations} equations, {method} steps of {step}": "  {equations} phương trình, bước {method} dài {step}",
        "Its time {start} is the end of {year}: 'horizon {first} to {last}' runs it from time {start} to {end}.":
            "Thời điểm {start} của mô hình là cuối năm {year}: 'horizon {first} to {last}' chạy mô hình từ thời điểm {start} đến {end}.",
        "Its time {start} is within {year}: 'horizon {first} to {last}' runs it from time {start} to {end}.":
            "Thời điểm {start} của mô hình nằm trong năm {year}: 'horizon {first} to {last}' chạy mô hình từ thời điểm {start} đến {end}.",
        "  backcast from {start} against {histories} histories ({observations} observations): 'calibrate'":
            "  chạy lại từ {start} theo {histories} chuỗi số liệu ({observations} quan sát): 'calibrate' (hiệu-chỉnh)",
        "'list programmes', 'list indicators' and 'assumptions' show them; 'model load \"FILE\"' runs another model.":
            "'list programmes', 'list indicators' và 'assumptions' liệt kê chúng; 'model load \"TỆP\"' chạy một mô hình khác.",
        // the banner
        "plan Vietnam's digital-transformation budget.": "lập kế hoạch ngân sách chuyển đổi số của Việt Nam.",
        "Scenarios loaded: {names}. ": "Đã nạp kịch bản: {names}. ",
        "Type 'help' for commands, Tab to complete, Ctrl-D to leave.":
            "Gõ 'help' (trợ-giúp) để xem lệnh, Tab để gợi ý, Ctrl-D để thoát.",
        // show scenario, diff
        "This scenario cannot run yet: ": "Kịch bản này chưa chạy được: ",
        "(the model's)": "(của mô hình)",
        "'{a}' and '{b}' have the same inputs.": "'{a}' và '{b}' có cùng các đầu vào.",
        "1 input differs; a share not listed is 0%.": "1 đầu vào khác nhau; tỷ trọng không được liệt kê là 0%.",
        "{count} inputs differ; a share not listed is 0%.": "{count} đầu vào khác nhau; tỷ trọng không được liệt kê là 0%.",
        "from {scenario}": "từ {scenario}",
        "Budget at most {amount} a year: no year of {scenario} spends more.":
            "Ngân sách tối đa {amount} một năm: không năm nào của {scenario} chi nhiều hơn.",
        "Budget at most {amount} a year: {years} capped ('in YEAR budget' lines in {name}).":
            "Ngân sách tối đa {amount} một năm: các năm {years} bị giới hạn (các dòng 'in YEAR budget' trong {name}).",
        "Now using '{name}' (bundled): {programmes} programmes, {indicators} indicators. Scenarios are checked against it when they run.":
            "Đang dùng '{name}' (đi kèm): {programmes} chương trình, {indicators} chỉ tiêu. Các kịch bản được kiểm tra theo mô hình này khi chạy.",
        "Now using '{name}' from {origin}: {programmes} programmes, {indicators} indicators. Scenarios are checked against it when they run.":
            "Đang dùng '{name}' từ {origin}: {programmes} chương trình, {indicators} chỉ tiêu. Các kịch bản được kiểm tra theo mô hình này khi chạy.",
    ]
}

extension OutputLanguage {
    /// A fixed phrase of a report in this language (English when there is no translation).
    package func phrase(_ english: String) -> String {
        self == .vi ? Phrasebook.vietnamese[english] ?? english : english
    }

    /// A phrase with values in it: `{name}` in the template (and in its translation) is replaced
    /// by the value given for `name`.
    package func phrase(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        var text = phrase(template)
        for (name, value) in values { text = text.replacingOccurrences(of: "{" + name + "}", with: value) }
        return text
    }
}
