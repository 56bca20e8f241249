import DXSource

/// Error messages in Vietnamese: each English template (holes `{1}`, `{2}`, … where the message
/// has a name, a number or another phrase) and its translation, which may order the holes
/// differently. A Vietnamese session renders diagnostics with it (`DiagnosticRenderer.vietnamese`);
/// `ErrorPhrasebookTests` checks that every message written in the sources has an entry with the
/// same holes. Pieces filled into other messages ("end of line", "; did you mean '{1}'?") have
/// entries of their own; words of the language in quotes are never translated.
enum ErrorPhrasebook {
    static let translation = MessageTranslation(vietnamese)

    static let vietnamese: [String: String] = [
        " ('list targets' shows them)":
            " ('list targets' liệt kê chúng)",
        " (in {{1}})":
            " (trong {{1}})",
        "'{1} of {2}' reads nothing: use met, targets or spent, or an indicator in a year (fibre in 2030 of {3})":
            "'{1} of {2}' không đọc được gì: hãy dùng met, targets hoặc spent, hoặc một chỉ tiêu trong một năm (fibre in 2030 of {3})",
        "'{1}' includes itself ({2})":
            "'{1}' tự gộp chính nó ({2})",
        "'{1}' is a model file, not a scenario file; to run scenarios on it, write model load {2}":
            "'{1}' là tệp mô hình, không phải tệp kịch bản; để chạy các kịch bản trên mô hình đó, hãy viết model load {2}",
        "'{1}' is an index, not a percentage; write the number alone, as in {2}":
            "'{1}' là một chỉ số, không phải tỷ lệ phần trăm; chỉ viết con số, ví dụ: {2}",
        "'{1}' is measured in %; write {2}%":
            "'{1}' được đo bằng %; hãy viết {2}%",
        "'{1}' reads as {2} (the point is a decimal point); for thousands write {3} or {4}":
            "'{1}' được đọc là {2} (dấu chấm là dấu thập phân); để viết hàng nghìn, hãy viết {3} hoặc {4}",
        "'{1}' runs to {2}, not {3}; name a year both scenarios run":
            "'{1}' chạy tới {2}, không tới {3}; hãy nêu một năm mà cả hai kịch bản đều chạy",
        "'diff' compares what two scenarios set, not their results in a year; for the results: compare {1} {2} in YEAR":
            "'diff' (so-sánh) so sánh những gì hai kịch bản đặt ra, không phải kết quả của chúng trong một năm; để xem kết quả: đối-chiếu {1} {2} trong NĂM",
        "'{1}' sets its budget year by year; seek scales one budget, so start from a scenario without 'in|from YEAR budget'":
            "'{1}' đặt ngân sách theo từng năm; seek co giãn một mức ngân sách, nên hãy bắt đầu từ một kịch bản không có 'in|from YEAR budget'",
        "'{1}' sets its shares year by year; optimise finds one split for every year, so start from a scenario without 'in|from YEAR allocate'":
            "'{1}' đặt tỷ trọng theo từng năm; optimise tìm một cách chia cho mọi năm, nên hãy bắt đầu từ một kịch bản không có 'in|from YEAR allocate'",
        "'{1}' sets no targets to optimise for; add targets, or name an indicator: optimise {2} for fibre in {3}":
            "'{1}' không đặt mục tiêu nào để tối ưu; hãy thêm mục tiêu, hoặc nêu một chỉ tiêu: optimise {2} for fibre in {3}",
        "This scenario cannot run yet: {1}":
            "Kịch bản này chưa chạy được: {1}",
        "a scenario's name cannot take a value with {…}; in a loop, define one scenario a round and export its results":
            "tên kịch bản không nhận giá trị bằng {…}; trong vòng lặp, mỗi vòng hãy định nghĩa một kịch bản rồi xuất kết quả của nó",
        "a scenario acts from the end of {1}: '{2}' is on for the plan's years, and the history keeps the model's own date":
            "kịch bản chỉ tác động từ cuối năm {1}: '{2}' được bật trong các năm của kế hoạch, còn phần lịch sử giữ mốc thời gian riêng của mô hình",
        "a text may hold at most {1} bytes; this one would hold {2}":
            "một văn bản chỉ chứa được tối đa {1} byte; văn bản này sẽ có {2}",
        "cannot list '{1}'; try {2}":
            "không liệt kê được '{1}'; hãy thử {2}",
        "cannot run: {1}":
            "không chạy được: {1}",
        "cannot shift {1}% from {2} {3} {4}: it has {5}% there":
            "không thể chuyển {1}% từ {2} {3} {4}: chương trình này chỉ có {5}% ở đó",
        "cannot shift {1}% from {2}: it has {3}%":
            "không thể chuyển {1}% từ {2}: chương trình này chỉ có {3}%",
        "it exists and was not written by dxplan":
            "tệp đã có và không do dxplan ghi",
        "it is not UTF-8 text (an invalid byte at line {1}, column {2})":
            "đây không phải văn bản UTF-8 (một byte không hợp lệ ở dòng {1}, cột {2})",
        "it is read-only":
            "tệp chỉ được đọc",
        "keys: {1}":
            "các khóa: {1}",
        "no indicator has this name":
            "không có chỉ tiêu nào mang tên này",
        "no programme or pillar has this name":
            "không có chương trình hay trụ cột nào mang tên này",
        "no scenario has this name":
            "không có kịch bản nào mang tên này",
        "no such file":
            "không có tệp này",
        "scenario '{1}' inherits from '{2}', which is not defined":
            "kịch bản '{1}' kế thừa từ '{2}', là kịch bản chưa được định nghĩa",
        "target year {1} is outside the horizon of scenario '{2}' ({3}–{4})":
            "năm mục tiêu {1} nằm ngoài giai đoạn của kịch bản '{2}' ({3}–{4})",
        "the bundled model":
            "mô hình đi kèm",
        "the condition does not hold":
            "điều kiện không đúng",
        "the loops of this script have taken {1} steps together, the most a script may (loops inside loops multiply)":
            "các vòng lặp của script này đã chạy tổng cộng {1} bước, mức tối đa một script được phép (vòng lặp lồng nhau nhân số bước lên)",
        "the model from {1}":
            "mô hình từ {1}",
        "the model in '{1}' has {2} error{3}; still using {4}":
            "mô hình trong '{1}' có {2} lỗi{3}; vẫn dùng {4}",
        "the parameter that holds the starting value of '{1}'":
            "tham số giữ giá trị xuất phát của '{1}'",
        "the programmes of pillar '{1}' are given {2} of the envelope, but the pillar has {3}":
            "các chương trình của trụ cột '{1}' được giao {2} tổng ngân sách, nhưng trụ cột chỉ có {3}",
        "the run of '{1}' left the range the model is valid for: {2}":
            "lần chạy của '{1}' đã ra ngoài phạm vi mô hình có giá trị: {2}",
        "the share of '{1}' must be a percentage or an amount; write '{2} 10%' or '{3} 5000 bn VND'":
            "tỷ trọng của '{1}' phải là một tỷ lệ phần trăm hoặc một số tiền; viết '{2} 10%' hoặc '{3} 5000 bn VND'",
        "the text is not UTF-8: an invalid byte at line {1}, column {2} (dxplan reads UTF-8 text)":
            "văn bản không phải UTF-8: một byte không hợp lệ ở dòng {1}, cột {2} (dxplan đọc văn bản UTF-8)",
        "there is no round {1}; the rounds are {2}":
            "không có vòng {1}; các vòng là {2}",
        "this script has used its {1} model run{2}, the most one dxplan command may make":
            "script này đã dùng hết {1} lần chạy mô hình{2}, mức tối đa một lệnh dxplan được phép",
        "this script may write only inside its own folder ({1}); '{2}' is {3}":
            "script này chỉ được ghi bên trong thư mục của nó ({1}); '{2}' thì {3}",
        "unknown indicator '{1}' in the condition":
            "không có chỉ tiêu '{1}' trong điều kiện",
        "unknown programme or pillar '{1}'":
            "không có chương trình hay trụ cột '{1}'",
        "unknown programme or pillar '{1}'{2}":
            "không có chương trình hay trụ cột '{1}'{2}",
        "{1} = {2} lies outside its plausible range {3}–{4} {5}":
            "{1} = {2} nằm ngoài khoảng hợp lý {3}–{4} {5}",
        "{1} cannot be {2}: it must be {3}":
            "{1} không thể bằng {2}: giá trị phải {3}",
        "{1} cannot be {2}: it must be {3}; its plausible range is {4}–{5} {6}":
            "{1} không thể bằng {2}: giá trị phải {3}; khoảng hợp lý của nó là {4}–{5} {6}",
        "{1} columns: use from {2} to {3}":
            "{1} cột: hãy dùng từ {2} đến {3}",
        "{1} is a percentage ({2}); a number is needed here":
            "{1} là một tỷ lệ phần trăm ({2}); ở đây cần một số",
        "{1} is outside the horizon of '{2}' ({3}–{4})":
            "{1} nằm ngoài giai đoạn của '{2}' ({3}–{4})",
        "{1} is outside the horizon of scenario '{2}' ({3}–{4})":
            "{1} nằm ngoài giai đoạn của kịch bản '{2}' ({3}–{4})",
        "{1} is {2} ({3}); an amount of money is needed here":
            "{1} là {2} ({3}); ở đây cần một khoản tiền",
        "{1} is {2}, a number; a percentage is needed here":
            "{1} là {2}, một số; ở đây cần một tỷ lệ phần trăm",
        "{1} samples: use from {2} to {3}":
            "{1} mẫu: hãy dùng từ {2} đến {3}",
        // What a parameter must be (`Validity`), in a hole.
        "more than 0":
            "lớn hơn 0",
        "0 or more":
            "từ 0 trở lên",
        "between 0 and 1":
            "nằm trong khoảng 0 đến 1",
        "between 0 and 100":
            "nằm trong khoảng 0 đến 100",
        // optimise … weights
        "'weights' counts the scenario's targets; with 'for' one indicator is the aim":
            "'weights' (trọng-số) tính theo các mục tiêu của kịch bản; với 'for' thì mục đích là một chỉ tiêu",
        "'{1}' sets no target on {2}; a weight counts an indicator's targets":
            "'{1}' không đặt mục tiêu nào cho {2}; trọng số chỉ nhân các mục tiêu của một chỉ tiêu",
        "a weight is a number above 0 and at most {1}":
            "trọng số là một số lớn hơn 0 và không quá {1}",
        "an indicator, as in weights digital-economy 3":
            "một chỉ tiêu, ví dụ: weights digital-economy 3",
        "its weight, as in weights {1} 3":
            "trọng số của nó, ví dụ: weights {1} 3",
        "{1} is weighted twice":
            "{1} được đặt trọng số hai lần",
        // uncertainty … from "FILE"
        "the sample file, as in uncertainty from \"samples.csv\"":
            "tệp mẫu, ví dụ: uncertainty from \"samples.csv\"",
        "'{1}' is computed from other parameters; give those instead":
            "'{1}' được tính từ các tham số khác; hãy cho giá trị của các tham số đó",
        "expected a parameter name, found '{1}'":
            "cần tên một tham số, nhưng gặp '{1}'",
        "'{1}' is named twice":
            "'{1}' được nêu hai lần",
        "this row has {1} value{2}; the first line names {3}":
            "dòng này có {1} giá trị{2}; dòng đầu nêu {3} tên",
        "a sample may have at most {1} rows":
            "một mẫu có tối đa {1} dòng",
        "'{1}' is not a number":
            "'{1}' không phải là một số",
        "the file names no parameters":
            "tệp không nêu tham số nào",
        "the file has names but no rows of values":
            "tệp có tên các tham số nhưng không có dòng giá trị nào",
        // correlation A B = R in a model file
        "'{1}' and '{2}' are correlated twice":
            "'{1}' và '{2}' được khai báo tương quan hai lần",
        "'{1}' has no range to draw from: only uncertain parameters can be correlated":
            "'{1}' không có khoảng để lấy mẫu: chỉ các tham số bất định mới có thể tương quan",
        "'{1}' is fitted: it is drawn with the other fitted parameters, from the fit's own correlations":
            "'{1}' là tham số đã khớp: nó được rút cùng các tham số khớp khác, theo tương quan của chính phép khớp",
        "a correlation is between -1 and 1 (not included), not {1}":
            "hệ số tương quan nằm giữa -1 và 1 (không kể hai đầu), không phải {1}",
        "a correlation needs a source or an assumption label: source \"…\" or assumption \"…\"":
            "một tương quan cần nguồn hoặc nhãn giả định: source \"…\" hoặc assumption \"…\"",
        "a parameter is not correlated with itself":
            "một tham số không tương quan với chính nó",
        "with this correlation the correlations of the model cannot hold together (their matrix is not positive definite)":
            "với tương quan này, các tương quan của mô hình không thể cùng đúng (ma trận của chúng không xác định dương)",
        "'{1}', a correlated parameter, is not a parameter of this model":
            "'{1}', một tham số tương quan, không phải là tham số của mô hình này",
        // a model without programmes
        "this model has no programmes: there is no split of a budget to optimise":
            "mô hình này không có chương trình: không có cách chia ngân sách nào để tối ưu",
        "this model has no programmes: it has no budget to seek":
            "mô hình này không có chương trình: không có ngân sách nào để tìm",
        "this model has no programmes to spend a budget on (it computes its spending inside); leave out 'budget'":
            "mô hình này không có chương trình để chi ngân sách (nó tự tính chi tiêu); hãy bỏ dòng 'budget'",
        "this model has no programmes to split a budget among; leave out 'allocate'":
            "mô hình này không có chương trình để chia ngân sách; hãy bỏ khối 'allocate'",
        // seek frontier
        "'{1}' sets its budget or its shares year by year; the frontier scales one budget and searches one split, so start from a scenario without 'in|from YEAR'":
            "'{1}' đặt ngân sách hoặc tỷ trọng theo từng năm; biên co giãn một mức ngân sách và tìm một cách chia, nên hãy bắt đầu từ một kịch bản không có 'in|from YEAR'",
        "or 'year' or 'frontier' after 'seek': seek budget [SCENARIO] [for INDICATOR, …]":
            "hoặc 'year' hoặc 'frontier' sau 'seek': seek budget [SCENARIO] [for INDICATOR, …]",
        // a run that left the model's range: its message, the indicators listed, and the likely causes
        "the run of '{1}' left the range the model is valid for: {2}; read its results with care":
            "lần chạy của '{1}' đã ra ngoài phạm vi mô hình có giá trị: {2}; hãy đọc kết quả một cách thận trọng",
        "{1} is {2} in {3}":
            "{1} là {2} vào năm {3}",
        "; {1} is {2} in {3}":
            "; {1} là {2} vào năm {3}",
        "far above {1}":
            "vượt xa {1}",
        "the first value that is not a number is {1} at {2}":
            "giá trị đầu tiên không phải là số là {1} lúc {2}",
        "the scenario assumes {1}":
            "kịch bản giả định {1}",
        "the horizon runs far beyond {1}":
            "giai đoạn kéo dài quá xa so với {1}",
        // An amount of money in a hole.
        "{1} bn VND":
            "{1} tỷ đồng",
        // A team's problems after its name (`workshop check`).
        "{1}: {2}":
            "{1}: {2}",
        "it gives {1} {2}% in {3}; the rules ask at least {4}% (rule on line {5})":
            "kế hoạch dành cho {1} {2}% năm {3}; quy định yêu cầu ít nhất {4}% (quy định ở dòng {5})",
        "it gives {1} {2}% in {3}; the rules ask at most {4}% (rule on line {5})":
            "kế hoạch dành cho {1} {2}% năm {3}; quy định cho phép nhiều nhất {4}% (quy định ở dòng {5})",
        "its horizon is {1}–{2}; the rules ask {3}–{4}":
            "giai đoạn của kế hoạch là {1}–{2}; quy định yêu cầu {3}–{4}",
        "its budget is {1} in {2}; the rules allow at most {3} a year":
            "ngân sách của kế hoạch là {1} năm {2}; quy định cho phép nhiều nhất {3} mỗi năm",
        "no plan yet: a scenario named '{1}' (typed here, or in a file 'workshop collect' reads)":
            "chưa có kế hoạch: một kịch bản tên '{1}' (gõ tại đây, hoặc trong một tệp mà 'workshop collect' đọc)",
        " ('{1}' belongs inside 'scenario … end')":
            " ('{1}' phải nằm bên trong 'scenario … end')",
        " (and {1} more: {2})":
            " (và {1} kịch bản khác: {2})",
        " (commands go after the scenario's 'end')":
            " (các lệnh viết sau 'end' của kịch bản)",
        " (or any scenario it inherits from)":
            " (kể cả các kịch bản mà nó kế thừa)",
        " (or write {1} bn VND)":
            " (hoặc viết {1} bn VND)",
        " (write {1}%)":
            " (hãy viết {1}%)",
        " after the scenario":
            " sau kịch bản",
        " and bom":
            " và bom",
        " in its first year":
            " của năm đầu tiên",
        "';'":
            "';'",
        "'allocate' (put one programme and its share on each line, then 'end')":
            "'allocate' (mỗi dòng ghi một chương trình và tỷ trọng của nó, rồi kết thúc bằng 'end')",
        "'allocate' starts here":
            "'allocate' bắt đầu ở đây",
        "'end'":
            "'end'",
        "'fixed' keeps one programme's share; a pillar can have a floor or a ceiling":
            "'fixed' (hoặc 'cố-định') giữ nguyên tỷ trọng của một chương trình; một trụ cột có thể có mức sàn hoặc mức trần",
        "'if' needs a condition that is true or false":
            "'if' cần một điều kiện đúng hoặc sai",
        "'lesson' lists them":
            "'lesson' liệt kê các bài học",
        "'lesson' lists them; 'lesson 1' starts the first":
            "'lesson' liệt kê các bài học; 'lesson 1' bắt đầu bài đầu tiên",
        "'runs' is given twice":
            "'runs' được ghi hai lần",
        "'seed' is given twice":
            "'seed' được ghi hai lần",
        "'{1}'":
            "'{1}'",
        "'{1}' cannot appear inside 'allocate'; close the allocation with 'end' first":
            "'{1}' không được đặt bên trong 'allocate'; hãy đóng khối phân bổ bằng 'end' (hoặc 'hết') trước",
        "'{1}' cannot exceed 100%":
            "'{1}' không được vượt quá 100%",
        "'{1}' goes with 'sobol' or 'morris': sensitivity fibre sobol samples 256":
            "'{1}' đi kèm với 'sobol' hoặc 'morris': sensitivity fibre sobol samples 256",
        "'{1}' is '{2}' or one it inherits from; name the {3} differently":
            "'{1}' chính là '{2}' hoặc một kịch bản mà nó kế thừa; hãy đặt tên khác cho {3}",
        "'{1}' is a keyword and cannot name a scenario":
            "'{1}' là từ khóa, không thể dùng làm tên kịch bản",
        "'{1}' is a keyword and cannot name a team":
            "'{1}' là từ khóa, không thể dùng làm tên đội",
        "'{1}' is already defined ({2}); name the {3} differently with 'as NAME'":
            "'{1}' đã được định nghĩa ({2}); hãy đặt tên khác cho {3} bằng 'as NAME'",
        "'{1}' is computed from other parameters; a backcast can only start a parameter with a value":
            "'{1}' được tính từ các tham số khác; phần hồi tính chỉ có thể đặt giá trị xuất phát cho tham số có giá trị riêng",
        "'{1}' is given twice":
            "'{1}' được ghi hai lần",
        "'{1}' is in {2}, not %; write the number alone, as in {3}":
            "'{1}' tính bằng {2}, không phải %; chỉ viết con số, ví dụ: {3}",
        "'{1}' is in {2}, not %; write the number alone":
            "'{1}' tính bằng {2}, không phải %; chỉ viết con số",
        "'{1}' is named twice; compare different scenarios":
            "'{1}' được nêu hai lần; hãy so sánh các kịch bản khác nhau",
        "'{1}' is not a day of {2}-{3}{4}, which has {5} days":
            "'{1}' không phải là một ngày của {2}-{3}{4}, tháng này có {5} ngày",
        "'{1}' is not a dxplan recording: it has no line '{2}'":
            "'{1}' không phải là bản ghi của dxplan: không có dòng '{2}'",
        "'{1}' is not a month (1 to 12)":
            "'{1}' không phải là tháng (từ 1 đến 12)",
        "'{1}' is not a year; write a four-digit year such as 2030":
            "'{1}' không phải là năm; hãy viết năm có bốn chữ số, ví dụ: 2030",
        "'{1}' is not an indicator of this model":
            "'{1}' không phải là chỉ tiêu của mô hình này",
        "'{1}' is set twice in scenario '{2}'":
            "'{1}' được đặt hai lần trong kịch bản '{2}'",
        "'{1}' is started twice":
            "giá trị xuất phát của '{1}' được đặt hai lần",
        "'{1}' is the date of a policy: write policy {2} on from YEAR":
            "'{1}' là mốc thời gian của một chính sách: viết policy {2} on from YEAR",
        "'{1}' moves through a lesson, and none is under way":
            "'{1}' dùng để di chuyển trong một bài học, nhưng không có bài học nào đang diễn ra",
        "'{1}' saves every scenario; write save {2} to \"FILE\" without names":
            "'{1}' lưu mọi kịch bản; hãy viết save {2} to \"FILE\" mà không kèm tên kịch bản",
        "'{1}' sets no target for {2}; add one (target {3} >= … by YEAR)":
            "'{1}' không đặt mục tiêu nào cho {2}; hãy thêm một mục tiêu (target {3} >= … by YEAR)",
        "'{1}' sets no targets to meet; add targets first":
            "'{1}' không đặt mục tiêu nào cần đạt; hãy thêm mục tiêu trước",
        "'{1}' starts here":
            "'{1}' bắt đầu ở đây",
        "'{1}', {2}, is not {3} of this model":
            "'{1}', {2}, không phải là {3} của mô hình này",
        "'{1}', {2}, is not {3} of this model{4}":
            "'{1}', {2}, không phải là {3} của mô hình này{4}",
        "; did you mean '{1}'?":
            "; có phải ý bạn là '{1}'?",
        "; read its results with care":
            "; hãy thận trọng khi đọc kết quả",
        "; try ":
            "; hãy thử ",
        "; use bn (tỷ), trillion (nghìn tỷ) or million (triệu)":
            "; hãy dùng bn (tỷ), trillion (nghìn tỷ) hoặc million (triệu)",
        "Each band draws the fitted parameters jointly from the fit's uncertainty and adds the observation's own error ({doc}).":
            "Mỗi khoảng: các tham số khớp được rút cùng nhau theo độ bất định của phép khớp, cộng sai số quan sát ({doc}).",
        "Run every statement of a script, and every round of a loop, even after an error (the exit status still reports it).":
            "Chạy mọi câu lệnh của script và mọi vòng của vòng lặp, kể cả sau khi gặp lỗi (mã thoát vẫn báo lỗi).",
        "a '{' in the text has no closing '}'":
            "dấu '{' trong văn bản không có dấu '}' đóng lại",
        "a budget is an amount of money, not a percentage; write for example 25000 bn VND per year":
            "ngân sách là một số tiền, không phải tỷ lệ phần trăm; hãy viết, ví dụ: 25000 bn VND per year",
        "a budget must be a number below {1} bn VND a year (it is {2} {3} {4})":
            "ngân sách phải là một số nhỏ hơn {1} tỷ đồng mỗi năm (đang là {2} {3} {4})",
        "a budget must be more than 0 (it is {1} {2} {3})":
            "ngân sách phải lớn hơn 0 (đang là {1} {2} {3})",
        "a chart shows at most {1} scenarios":
            "một biểu đồ chỉ hiển thị tối đa {1} kịch bản",
        "a date, as in 2025-10-01":
            "một ngày, ví dụ: 2025-10-01",
        "a delay is a whole number of years from 0 to {1}":
            "số năm hoãn (delay) phải là số nguyên từ 0 đến {1}",
        "a growth of {1}% per year is not plausible":
            "mức tăng {1}% mỗi năm là không hợp lý",
        "a history needs at least one observation":
            "một chuỗi số liệu cần ít nhất một quan sát",
        "a language after 'lang': en or vi":
            "một ngôn ngữ sau 'lang': en hoặc vi",
        "a lesson file has one 'lesson' block":
            "một tệp bài học chỉ có một khối 'lesson'",
        "a lesson file starts with a 'lesson' block that gives its title (en \"…\", vi \"…\")":
            "tệp bài học bắt đầu bằng một khối 'lesson' nêu tiêu đề (en \"…\", vi \"…\")",
        "a lesson needs at least one 'step … end' block":
            "một bài học cần ít nhất một khối 'step … end'",
        "a loop runs over numbers or over percentages, with a step of the same kind":
            "vòng lặp chạy qua các số hoặc các tỷ lệ phần trăm, với bước cùng loại",
        "a model parameter after 'assume' (type 'assumptions' for the list)":
            "một tham số của mô hình sau 'assume' (gõ 'assumptions' để xem danh sách)",
        "a number":
            "một số",
        "a percentage":
            "một tỷ lệ phần trăm",
        "a policy after 'policy'":
            "một chính sách sau 'policy'",
        "a prefix for the file's scenarios, as in load \"team.plan\" as team1":
            "tiền tố cho các kịch bản trong tệp, ví dụ: load \"team.plan\" as team1",
        "a programme name":
            "tên chương trình",
        "a programme or a pillar, as in with digital-government >= 50%":
            "một chương trình hoặc một trụ cột, ví dụ: with digital-government >= 50%",
        "a recording is made with record \"FILE\" … record stop; run a script with: dxplan FILE":
            "bản ghi được tạo bằng record \"FILE\" … record stop; để chạy một script, dùng: dxplan FILE",
        "a scenario after 'of', as in fibre in 2030 of baseline":
            "một kịch bản sau 'of', ví dụ: fibre in 2030 of baseline",
        "a scenario after 'of', as in met of baseline":
            "một kịch bản sau 'of', ví dụ: met of baseline",
        "a scenario name":
            "tên kịch bản",
        "a scenario name after 'scenario'":
            "tên kịch bản sau 'scenario'",
        "a scenario name after 'show scenario'":
            "tên kịch bản sau 'show scenario'",
        "a share":
            "tỷ trọng",
        "a share cannot exceed 100%":
            "tỷ trọng không được vượt quá 100%",
        "a share is between 0% and 100%":
            "tỷ trọng phải nằm trong khoảng từ 0% đến 100%",
        "a shift needs two different programmes":
            "lệnh chuyển (shift) cần hai chương trình khác nhau",
        "a step has one 'check'":
            "mỗi bước chỉ có một 'check'",
        "a step needs its explanation: en \"…\" (and vi \"…\")":
            "mỗi bước cần phần giải thích: en \"…\" (và vi \"…\")",
        "a string":
            "một chuỗi trong ngoặc kép",
        "a team is named twice":
            "có một đội được nêu tên hai lần",
        "a title":
            "một tiêu đề",
        "a topic":
            "một chủ đề",
        "a variable name after 'let'":
            "tên biến sau 'let'",
        "a word to filter by":
            "một từ để lọc",
        "a workshop file has one 'workshop' line":
            "một tệp hội thảo chỉ có một dòng 'workshop'",
        "a workshop file starts with its title: workshop \"TITLE\"":
            "tệp hội thảo bắt đầu bằng tiêu đề: workshop \"TITLE\"",
        "a workshop needs at least one 'round N \"TITLE\" … end' block":
            "một hội thảo cần ít nhất một khối 'round N \"TITLE\" … end'",
        "a workshop needs at least one 'score' line: what the teams are scored on":
            "một hội thảo cần ít nhất một dòng 'score': tiêu chí tính điểm các đội",
        "a workshop needs at least two teams: teams NAME NAME…":
            "một hội thảo cần ít nhất hai đội: teams NAME NAME…",
        "a year after '{1}', as in {2} 2027 budget 40000 bn VND per year":
            "một năm sau '{1}', ví dụ: {2} 2027 budget 40000 bn VND per year",
        "add":
            "cộng",
        "add 'force' at the end of the command to replace it: {1} … {2} force":
            "thêm 'force' (hoặc 'ghi-đè') vào cuối lệnh để ghi đè tệp: {1} … {2} force",
        "add 'force' at the end to replace it: record {1} force":
            "thêm 'force' (hoặc 'ghi-đè') vào cuối để ghi đè tệp: record {1} force",
        "add a line 'normalize' to the scenario to scale the shares to 100%, or 'shift' points between programmes":
            "thêm dòng 'normalize' (hoặc 'chuẩn-hóa') vào kịch bản để quy các tỷ trọng về tổng 100%, hoặc dùng 'shift' (hoặc 'chuyển') để chuyển điểm phần trăm giữa các chương trình",
        "after 'per'":
            "sau 'per'",
        "after the amount, as in shift 5% from services to skills":
            "sau tỷ trọng cần chuyển, ví dụ: shift 5% from services to skills",
        "after the amount: budgets are yearly, as in 'per year'":
            "sau số tiền: ngân sách tính theo năm, ví dụ: 'per year' (hoặc 'mỗi năm')",
        "after the growth rate, as in 'growing 10% per year'":
            "sau tốc độ tăng, ví dụ: 'growing 10% per year'",
        "after the loop variable, as in for b in 20000 to 40000 step 10000":
            "sau biến lặp, ví dụ: for b in 20000 to 40000 step 10000",
        "already recording to '{1}'; 'record stop' first":
            "đang ghi lại vào '{1}'; hãy 'record stop' trước",
        "amounts are measured against the envelope set here":
            "các khoản tiền được tính so với tổng mức ngân sách đặt ở đây",
        "an XMILE file holds one scenario's inputs; name one":
            "một tệp XMILE chỉ chứa đầu vào của một kịch bản; hãy nêu một kịch bản",
        "an amount":
            "số tiền",
        "an amount after 'budget'":
            "một số tiền sau 'budget'",
        "an amount of money":
            "một khoản tiền",
        "an assertion needs a condition that is true or false":
            "lệnh assert cần một điều kiện đúng hoặc sai",
        "an indicator after 'chart', as in chart fibre baseline five-pushes":
            "một chỉ tiêu sau 'chart', ví dụ: chart fibre baseline five-pushes",
        "an indicator after 'for', as in optimise five-pushes for fibre in 2030":
            "một chỉ tiêu sau 'for', ví dụ: optimise five-pushes for fibre in 2030",
        "an indicator after 'why', as in why fibre baseline five-pushes":
            "một chỉ tiêu sau 'why', ví dụ: why fibre baseline five-pushes",
        "an indicator name":
            "tên chỉ tiêu",
        "an indicator name after 'explain', as in explain fibre":
            "tên chỉ tiêu sau 'explain', ví dụ: explain fibre",
        "an indicator name after 'sensitivity', as in sensitivity fibre in 2030":
            "tên chỉ tiêu sau 'sensitivity', ví dụ: sensitivity fibre in 2030",
        "an indicator name after 'target'":
            "tên chỉ tiêu sau 'target'",
        "an indicator, as in seek budget for fibre, e-signatures":
            "một chỉ tiêu, ví dụ: seek budget for fibre, e-signatures",
        "an observation at {1} is before the backcast starts ({2})":
            "một quan sát ở thời điểm {1} nằm trước khi phần hồi tính bắt đầu ({2})",
        "analyse":
            "phân tích",
        "and the date it starts, as in policy {1} on from 2026-01-01":
            "và ngày bắt đầu, ví dụ: policy {1} on from 2026-01-01",
        "and the year, as in for {1} in 2030":
            "và năm, ví dụ: for {1} in 2030",
        "and {1} more error{2} in {3}, not shown":
            "và {1} lỗi{2} nữa trong {3} không được hiển thị",
        "as":
            "as",
        "assertion failed: {1}":
            "điều kiện kiểm tra (assert) không đúng: {1}",
        "at least":
            "ít nhất",
        "at most":
            "nhiều nhất",
        "at the prompt":
            "tại dấu nhắc",
        "at the prompt, and not saved":
            "tại dấu nhắc, và chưa lưu",
        "before the file name, as in save {1} to \"file.plan\"":
            "trước tên tệp, ví dụ: save {1} to \"file.plan\"",
        "before the programme that receives it":
            "trước chương trình nhận tỷ trọng đó",
        "before the target year, as in 'by 2030'":
            "trước năm mục tiêu, ví dụ: 'by 2030'",
        "between the first and last value, as in for y in 2026 to 2030":
            "giữa giá trị đầu và giá trị cuối, ví dụ: for y in 2026 to 2030",
        "between the two years of the horizon":
            "giữa hai năm của giai đoạn",
        "big":
            "big",
        "blocks are nested more than {1} deep":
            "các khối lồng nhau sâu quá {1} tầng",
        "budget":
            "budget",
        "by":
            "by",
        "by optimise":
            "do optimise tạo",
        "cannot apply '{1}' to {2}":
            "không áp dụng được '{1}' cho {2}",
        "cannot compare the runs: {1}":
            "không so sánh được các lần chạy: {1}",
        "cannot export '{1}' as XMILE: {2}":
            "không xuất được '{1}' dưới dạng XMILE: {2}",
        "cannot export to '{1}': {2}":
            "không xuất được ra '{1}': {2}",
        "cannot list '{1}'":
            "không liệt kê được '{1}'",
        "cannot list '{1}'{2}":
            "không liệt kê được '{1}'{2}",
        "cannot open '{1}': {2}":
            "không mở được '{1}': {2}",
        "cannot open the model '{1}': {2}":
            "không mở được mô hình '{1}': {2}",
        "cannot optimise '{1}': {2}":
            "không tối ưu được '{1}': {2}",
        "cannot read the expression":
            "không đọc được biểu thức",
        "cannot read the folder '{1}'":
            "không đọc được thư mục '{1}'",
        "cannot record to '{1}': {2}; the recording stopped":
            "không ghi lại được vào '{1}': {2}; việc ghi lại đã dừng",
        "cannot run '{1}': {2}":
            "không chạy được '{1}': {2}",
        "cannot {1} '{2}': {3}":
            "không thể {1} '{2}': {3}",
        "cannot {1} to '{2}': {3}":
            "không thể {1} vào '{2}': {3}",
        "cannot {1} {2} and {3}":
            "không thể {1} {2} và {3}",
        "chart":
            "vẽ biểu đồ",
        "combine with '{1}'":
            "kết hợp bằng '{1}'",
        "compare":
            "so sánh",
        "compare needs at least two scenarios: compare {1} OTHER [MORE…] [in YEAR]":
            "lệnh compare cần ít nhất hai kịch bản: compare {1} OTHER [MORE…] [in YEAR]",
        "define it first with 'let {1} = …'":
            "hãy định nghĩa trước bằng 'let {1} = …'",
        "divide":
            "chia",
        "dxplan exports {1}, not '{2}': {3}":
            "dxplan xuất được {1}, không xuất được '{2}': {3}",
        "dxplan fmt: cannot open '{1}': {2}":
            "dxplan fmt: không mở được '{1}': {2}",
        "dxplan fmt: cannot write '{1}': {2}":
            "dxplan fmt: không ghi được '{1}': {2}",
        "dxplan replay: ":
            "dxplan replay: ",
        "dxplan verify: ":
            "dxplan verify: ",
        "dxplan: ":
            "dxplan: ",
        "end of input":
            "cuối nội dung nhập",
        "end of line":
            "cuối dòng",
        "endlessly many":
            "vô số",
        "error":
            "lỗi",
        "expected ')' to close the parenthesis, found {1}":
            "cần ')' để đóng ngoặc, nhưng gặp {1}",
        "expected '=' after '{1}', as in assume {2} = 0.4":
            "cần '=' sau '{1}', ví dụ: assume {2} = 0.4",
        "expected '=' after '{1}', as in let {2} = 25000":
            "cần '=' sau '{1}', ví dụ: let {2} = 25000",
        "expected '>= N%', '<= N%' or 'fixed' after '{1}', found {2}":
            "cần '>= N%', '<= N%' hoặc 'fixed' (hoặc 'cố-định') sau '{1}', nhưng gặp {2}",
        "expected ']' to close the list, found {1}":
            "cần ']' để đóng danh sách, nhưng gặp {1}",
        "expected 'budget' or 'allocate' after '{1} {2}', found {3}":
            "cần 'budget' hoặc 'allocate' (hoặc 'ngân-sách', 'phân-bổ') sau '{1} {2}', nhưng gặp {3}",
        "expected 'by YEAR' after the value":
            "cần 'by YEAR' sau giá trị",
        "expected 'end' to close 'allocate'":
            "cần 'end' (hoặc 'hết') để đóng 'allocate'",
        "expected 'end' to close '{1}'":
            "cần 'end' (hoặc 'hết') để đóng '{1}'",
        "expected 'end' to close scenario '{1}'":
            "cần 'end' (hoặc 'hết') để đóng kịch bản '{1}'",
        "expected 'lesson' or 'step' at the start of a block, found {1}":
            "cần 'lesson' hoặc 'step' ở đầu một khối, nhưng gặp {1}",
        "expected 'runs N', 'seed N' or 'latin'":
            "cần 'runs N', 'seed N' hoặc 'latin'",
        "'latin' is given twice":
            "'latin' được ghi hai lần",
        "expected 'runs N', 'seed N' or 'latin'{1}":
            "cần 'runs N', 'seed N' hoặc 'latin'{1}",
        "expected 'sobol', 'morris', 'samples N' or 'seed N'":
            "cần 'sobol', 'morris', 'samples N' hoặc 'seed N'",
        "expected 'to' before the file name, as in save {1} to {2}":
            "cần 'to' trước tên tệp, ví dụ: save {1} to {2}",
        "expected 'tỷ' after '{1}' (nghìn tỷ = trillion)":
            "cần 'tỷ' sau '{1}' (nghìn tỷ = trillion)",
        "expected 'year' or 'years' after the number, as in ":
            "cần 'year' hoặc 'years' (hoặc 'năm') sau con số, ví dụ: ",
        "expected '{1}' {2}, found {3}":
            "cần '{1}' {2}, nhưng gặp {3}",
        "expected >= or <= after the indicator":
            "cần >= hoặc <= sau chỉ tiêu",
        "expected a command or 'scenario', found {1}":
            "cần một lệnh hoặc 'scenario' (hoặc 'kịch-bản'), nhưng gặp {1}",
        "expected a comparison (>=, <=, >, <) after '{1}', found {2}":
            "cần một phép so sánh (>=, <=, >, <) sau '{1}', nhưng gặp {2}",
        "expected a four-digit year after 'in'":
            "cần năm có bốn chữ số sau 'in'",
        "expected a lesson's number or a lesson file in double quotes, not '{1}'":
            "cần số thứ tự bài học hoặc tên tệp bài học trong dấu ngoặc kép, không phải '{1}'",
        "expected a number, a name, a string or '(', found {1}":
            "cần một số, một tên, một chuỗi trong ngoặc kép hoặc '(', nhưng gặp {1}",
        "expected a programme, >= or <=, and a percentage, as in check share skills >= 20%":
            "cần một chương trình, >= hoặc <=, và một tỷ lệ phần trăm, ví dụ: check share skills >= 20%",
        "expected a round's number or 'big' after 'leaderboard'":
            "cần số của vòng hoặc 'big' sau 'leaderboard'",
        "expected a round's number or 'big' after 'leaderboard'{1}":
            "cần số của vòng hoặc 'big' sau 'leaderboard'{1}",
        "expected a scale after the amount (bn, trillion, million), found {1}":
            "cần đơn vị sau số tiền (bn, trillion, million; hoặc tỷ, nghìn tỷ, triệu), nhưng gặp {1}",
        "expected a setting ({1}), found {2}":
            "cần một thiết lập ({1}), nhưng gặp {2}",
        "expected a weight above 0 after 'weight'":
            "cần trọng số lớn hơn 0 sau 'weight'",
        "expected a whole number from 1 to 1000 after 'check defined'":
            "cần một số nguyên từ 1 đến 1000 sau 'check defined'",
        "expected a workshop file in double quotes, or collect, check, round, debrief, save or report":
            "cần tên tệp hội thảo trong dấu ngoặc kép, hoặc collect, check, round, debrief, save hay report",
        "expected an indicator after 'score', as in score fibre >= 90% by 2030 weight 1":
            "cần một chỉ tiêu sau 'score', ví dụ: score fibre >= 90% by 2030 weight 1",
        "expected at most one scenario after 'check ran'":
            "sau 'check ran' chỉ được có tối đa một kịch bản",
        "expected en or vi after '{1}', as in {2} en \"…\"":
            "cần en hoặc vi sau '{1}', ví dụ: {2} en \"…\"",
        "expected en, vi, try, check, goal, hint or end, found {1}":
            "cần en, vi, try, check, goal, hint hoặc end, nhưng gặp {1}",
        "expected nothing or 'hindcast' after 'calibrate'":
            "sau 'calibrate' chỉ được để trống hoặc ghi 'hindcast'",
        "expected nothing or 'hindcast' after 'calibrate'{1}":
            "sau 'calibrate' chỉ được để trống hoặc ghi 'hindcast'{1}",
        "expected nothing or 'lesson' after 'quit'":
            "sau 'quit' chỉ được để trống hoặc ghi 'lesson'",
        "expected nothing or 'lesson' after 'quit'{1}":
            "sau 'quit' chỉ được để trống hoặc ghi 'lesson'{1}",
        "expected one command after 'check used', as in check used compare":
            "cần đúng một lệnh sau 'check used', ví dụ: check used compare",
        "expected rule budget <= AMOUNT bn VND per year":
            "cần quy định dạng: rule budget <= AMOUNT bn VND per year",
        "expected rule horizon YEAR to YEAR":
            "cần quy định dạng: rule horizon YEAR to YEAR",
        "expected rule {1} NAME >=|<= P%, as in rule pillar digital-government >= 50%":
            "cần rule {1} NAME >=|<= P%, ví dụ: rule pillar digital-government >= 50%",
        "expected text in double quotes after '{1}'":
            "cần văn bản trong dấu ngoặc kép sau '{1}'",
        "expected the condition in double quotes, as in check holds \"fibre in 2030 >= 95%\"":
            "cần điều kiện trong dấu ngoặc kép, ví dụ: check holds \"fibre in 2030 >= 95%\"",
        "expected the currency after the amount (VND or USD), found {1}":
            "cần đơn vị tiền tệ sau số tiền (VND hoặc USD), nhưng gặp {1}",
        "expected the file name in double quotes, or 'stop': record \"FILE\" or record stop":
            "cần tên tệp trong ngoặc kép, hoặc 'stop': record \"FILE\" hoặc record stop",
        "expected the format after 'export': {1}":
            "cần định dạng sau 'export': {1}",
        "expected the round's number and title: round 2 \"A budget cut\"":
            "cần số và tiêu đề của vòng: round 2 \"A budget cut\"",
        "expected the teams' names after 'teams', as in teams team-1 team-2":
            "cần tên các đội sau 'teams', ví dụ: teams team-1 team-2",
        "expected the value to reach, as in score {1} >= 90% by 2030 weight 1":
            "cần giá trị phải đạt, ví dụ: score {1} >= 90% by 2030 weight 1",
        "expected the workshop's title in double quotes: workshop \"TITLE\"":
            "cần tiêu đề của hội thảo trong dấu ngoặc kép: workshop \"TITLE\"",
        "expected what the rule limits: budget, horizon, pillar or programme":
            "cần nêu điều mà quy định giới hạn: budget, horizon, pillar hoặc programme",
        "expected what to check: used, ran, defined, share or holds":
            "cần nêu điều cần kiểm tra: used, ran, defined, share hoặc holds",
        "expected workshop, teams, rule, score, round or scenario, found {1}":
            "cần workshop, teams, rule, score, round hoặc scenario, nhưng gặp {1}",
        "expected {1} in double quotes, found {2}":
            "cần {1} trong dấu ngoặc kép, nhưng gặp {2}",
        "expected {1} in double quotes: \"{2}\"":
            "cần {1} trong dấu ngoặc kép: \"{2}\"",
        "expected {1}, found {2}":
            "cần {1}, nhưng gặp {2}",
        "expected {1}, not {2}":
            "cần {1}, không phải {2}",
        "explain":
            "giải thích",
        "export":
            "xuất",
        "export csv|json|html|xlsx|xmile [SCENARIO…] \"FILE\"":
            "export csv|json|html|xlsx|xmile [SCENARIO…] \"FILE\"",
        "far above ":
            "vượt xa ",
        "far below 0":
            "thấp hơn 0 rất nhiều",
        "first allocated here":
            "phân bổ lần đầu ở đây",
        "first set here":
            "đặt lần đầu ở đây",
        "fix the plan, then run the round again":
            "sửa kế hoạch rồi chạy lại vòng này",
        "for":
            "for",
        "formatting files is done outside the shell: run 'dxplan fmt FILE…' in a terminal":
            "việc định dạng tệp được làm bên ngoài shell: hãy chạy 'dxplan fmt FILE…' trong cửa sổ dòng lệnh (terminal)",
        "from":
            "from",
        "growing 10% per year":
            "growing 10% per year",
        "hindcast":
            "hindcast",
        "histories need a 'backcast from TIME' block that says where the run that meets them starts":
            "các chuỗi số liệu cần một khối 'backcast from TIME' cho biết lần chạy đối chiếu với chúng bắt đầu từ đâu",
        "how many years late, as in delay {1} 1 year":
            "số năm bị chậm, ví dụ: delay {1} 1 year",
        "in":
            "in",
        "in '{1}'":
            "trong '{1}'",
        "in {1} ":
            "năm {1}: ",
        "include":
            "gộp",
        "indicator '{1}' must be measured in % or as a dimensionless index, not {2}":
            "chỉ tiêu '{1}' phải đo bằng % hoặc bằng một chỉ số không thứ nguyên, không phải {2}",
        "indicator '{1}' names its statistic in part: give its agency, definition and reported lines together":
            "chỉ tiêu '{1}' chỉ nêu một phần thống kê của nó: hãy ghi cùng lúc các dòng agency, definition và reported",
        "indicator '{1}' needs a source or an assumption label for its baseline":
            "chỉ tiêu '{1}' cần có nguồn hoặc nhãn giả định cho giá trị gốc",
        "indicators: ":
            "các chỉ tiêu: ",
        "indicators: {1}":
            "các chỉ tiêu: {1}",
        "input '{1}' receives no programme's spending":
            "đầu vào '{1}' không nhận khoản chi của chương trình nào",
        "interrupted":
            "đã ngắt",
        "interrupted; 'why' was cancelled":
            "đã ngắt; lệnh 'why' đã bị hủy",
        "interrupted; '{1}' was only partly loaded":
            "đã ngắt; '{1}' mới chỉ được nạp một phần",
        "interrupted; calibrate was cancelled and changed nothing":
            "đã ngắt; lệnh calibrate đã bị hủy và không thay đổi gì",
        "interrupted; optimise was cancelled and defined nothing":
            "đã ngắt; lệnh optimise đã bị hủy và không định nghĩa gì",
        "interrupted; seek was cancelled":
            "đã ngắt; lệnh seek đã bị hủy",
        "interrupted; seek was cancelled and defined nothing":
            "đã ngắt; lệnh seek đã bị hủy và không định nghĩa gì",
        "interrupted; the hindcast was cancelled":
            "đã ngắt; việc dự báo ngược đã bị hủy",
        "interrupted; the run of '{1}' was cancelled":
            "đã ngắt; lần chạy '{1}' đã bị hủy",
        "interrupted; the sensitivity runs of '{1}' were cancelled":
            "đã ngắt; các lần chạy phân tích độ nhạy của '{1}' đã bị hủy",
        "interrupted; the uncertainty runs of '{1}' were cancelled":
            "đã ngắt; các lần chạy phân tích bất định của '{1}' đã bị hủy",
        "it is a directory":
            "đó là một thư mục",
        "its plan does not resolve: {1}":
            "kế hoạch của đội không hợp lệ: {1}",
        "judge":
            "đánh giá",
        "lesson":
            "lesson",
        "load":
            "nạp",
        "more 'hint vi' lines than 'hint en' lines: each Vietnamese hint pairs with an English one":
            "số dòng 'hint vi' nhiều hơn số dòng 'hint en': mỗi gợi ý tiếng Việt phải đi cặp với một gợi ý tiếng Anh",
        "multiply":
            "nhân",
        "name the scenarios first, then the year: compare A B in 2027":
            "hãy nêu tên các kịch bản trước, rồi đến năm: compare A B in 2027",
        "name two different scenarios":
            "hãy nêu hai kịch bản khác nhau",
        "new scenario":
            "kịch bản mới",
        "no help for '{1}'":
            "không có trợ giúp cho '{1}'",
        "no help for '{1}'{2}":
            "không có trợ giúp cho '{1}'{2}",
        "no lesson is under way; 'lesson' lists them":
            "không có bài học nào đang diễn ra; 'lesson' liệt kê các bài học",
        "no official target has the key '{1}'":
            "không có mục tiêu chính thức nào có khóa '{1}'",
        "no round has been run yet; run one with workshop round 1":
            "chưa chạy vòng nào; hãy chạy một vòng bằng workshop round 1",
        "no scenario to {1}: define one with 'scenario … end' or 'load' a file":
            "không có kịch bản nào để {1}: hãy định nghĩa một kịch bản bằng 'scenario … end' hoặc nạp một tệp bằng 'load'",
        "no scenarios are defined yet":
            "chưa có kịch bản nào được định nghĩa",
        "no scenarios are defined yet; define one with 'scenario … end' or 'load' a file":
            "chưa có kịch bản nào được định nghĩa; hãy định nghĩa một kịch bản bằng 'scenario … end' hoặc nạp một tệp bằng 'load'",
        "no scenarios to save: define one with 'scenario … end' or 'load' a file":
            "không có kịch bản nào để lưu: hãy định nghĩa một kịch bản bằng 'scenario … end' hoặc nạp một tệp bằng 'load'",
        "no split can keep these conditions: {1}":
            "không có cách chia nào giữ được các điều kiện này: {1}",
        "no workshop is open":
            "chưa mở hội thảo nào",
        "none in this model":
            "mô hình này không có",
        "not a number":
            "không phải là số",
        "note":
            "ghi chú",
        "nothing is being recorded; start with record \"FILE\"":
            "không có gì đang được ghi lại; hãy bắt đầu bằng record \"FILE\"",
        "nothing more":
            "không còn gì",
        "now:      ":
            "hiện tại: ",
        "now:      {1}":
            "hiện tại: {1}",
        "on":
            "on",
        "one method at a time: '{1}' is given already":
            "mỗi lần chỉ dùng một phương pháp: đã chọn '{1}' rồi",
        "open one with workshop \"FILE\"":
            "hãy mở một hội thảo bằng workshop \"FILE\"",
        "open one with workshop \"FILE\" (TEACHING.md shows the format)":
            "hãy mở một hội thảo bằng workshop \"FILE\" (TEACHING.md trình bày định dạng tệp)",
        "open the lesson":
            "mở bài học",
        "open the workshop":
            "mở hội thảo",
        "optimise":
            "tối ưu",
        "optimised scenario":
            "kịch bản tối ưu",
        "or 'off' after the policy, as in policy {1} on from 2026-01-01":
            "hoặc 'off' sau tên chính sách, ví dụ: policy {1} on from 2026-01-01",
        "other shares are inherited from '{1}'":
            "các tỷ trọng còn lại được kế thừa từ '{1}'",
        "over":
            "vượt",
        "parameter '{1}' is marked fitted but has no {2}; give it 'range LOW to HIGH uniform'":
            "tham số '{1}' được đánh dấu 'fitted' nhưng không có {2}; hãy ghi cho nó 'range LOW to HIGH uniform'",
        "parentheses and signs are nested more than {1} deep":
            "dấu ngoặc và dấu (như '-', 'not') lồng nhau sâu quá {1} tầng",
        "per":
            "per",
        "permission denied":
            "không có quyền truy cập",
        "pillar":
            "trụ cột",
        "pillar '{1}' is allocated twice":
            "trụ cột '{1}' được phân bổ hai lần",
        "pillars: ":
            "các trụ cột: ",
        "pillars: {1}":
            "các trụ cột: {1}",
        "policies: ":
            "các chính sách: ",
        "policies: {1}":
            "các chính sách: {1}",
        "programme":
            "chương trình",
        "programme '{1}' is allocated twice":
            "chương trình '{1}' được phân bổ hai lần",
        "programme '{1}' names key task {2}; the key tasks are numbered 1 to 5":
            "chương trình '{1}' ghi nhiệm vụ trọng tâm {2}; các nhiệm vụ trọng tâm được đánh số từ 1 đến 5",
        "programme '{1}' needs a pillar: ":
            "chương trình '{1}' cần một trụ cột: ",
        "programme '{1}' needs a push from 1 to 5":
            "chương trình '{1}' cần một nhóm đẩy mạnh (push) từ 1 đến 5",
        "programmes: ":
            "các chương trình: ",
        "programmes: {1}":
            "các chương trình: {1}",
        "programmes: {1}; pillars: {2}":
            "các chương trình: {1}; các trụ cột: {2}",
        "range to search":
            "khoảng tìm kiếm",
        "read":
            "đọc",
        "recorded: ":
            "bản ghi:  ",
        "recorded: {1}":
            "bản ghi:  {1}",
        "round":
            "round",
        "round {1} has not been run; run it with workshop round {2}":
            "vòng {1} chưa được chạy; hãy chạy bằng workshop round {2}",
        "round {1} is defined twice":
            "vòng {1} được định nghĩa hai lần",
        "run":
            "chạy",
        "run it with --allow-write DIR to let it write in DIR, or type the command at the prompt":
            "hãy chạy với --allow-write DIR để cho phép ghi vào DIR, hoặc gõ lệnh tại dấu nhắc",
        "run it with --max-runs N to allow more (every run counts: run, uncertainty, optimise, calibrate…)":
            "hãy chạy với --max-runs N để cho phép nhiều hơn (mọi lần chạy đều được tính: run, uncertainty, optimise, calibrate…)",
        "runs":
            "runs",
        "s":
            "",
        "save":
            "lưu",
        "scenario '{1}' has no allocation{2}; add an 'allocate … end' block":
            "kịch bản '{1}' chưa có phân bổ{2}; hãy thêm một khối 'allocate … end'",
        "scenario '{1}' has no budget{2}; add a line such as 'budget 25000 bn VND per year'":
            "kịch bản '{1}' chưa có ngân sách{2}; hãy thêm một dòng như 'budget 25000 bn VND per year'",
        "scenario '{1}' has no horizon{2}; add a line such as 'horizon 2025 to 2030'":
            "kịch bản '{1}' chưa có giai đoạn{2}; hãy thêm một dòng như 'horizon 2025 to 2030'",
        "scenarios inherit from each other in a loop: ":
            "các kịch bản kế thừa lẫn nhau thành vòng: ",
        "scenarios inherit from each other in a loop: {1}":
            "các kịch bản kế thừa lẫn nhau thành vòng: {1}",
        "scenarios: ":
            "các kịch bản: ",
        "scenarios: {1}":
            "các kịch bản: {1}",
        "seed":
            "seed",
        "seek":
            "tìm",
        "separate the scenarios with spaces, not commas: compare A B":
            "hãy tách các kịch bản bằng dấu cách, không dùng dấu phẩy: compare A B",
        "shares in a year's allocation replace the base shares programme by programme":
            "tỷ trọng trong phân bổ của một năm thay cho tỷ trọng gốc, theo từng chương trình",
        "shares: ":
            "các tỷ trọng: ",
        "shares: {1}":
            "các tỷ trọng: {1}",
        "shift 5% from services to skills":
            "shift 5% from services to skills",
        "short of":
            "thiếu",
        "show":
            "xem",
        "stop":
            "stop",
        "subtract":
            "trừ",
        "target {1} needs a 'source \"…\"' line where it is published":
            "mục tiêu {1} cần một dòng 'source \"…\"' nêu nơi công bố mục tiêu đó",
        "target {1} needs a line 'document \"…\" key WORD' naming what sets it":
            "mục tiêu {1} cần một dòng 'document \"…\" key WORD' nêu văn bản đặt ra mục tiêu đó",
        "text":
            "văn bản",
        "that year's shares are set here":
            "tỷ trọng của năm đó được đặt ở đây",
        "the 'lesson' block holds only the title: en \"…\" and vi \"…\"":
            "khối 'lesson' chỉ chứa tiêu đề: en \"…\" và vi \"…\"",
        "the '{1}' block that starts here has no 'end'":
            "khối '{1}' bắt đầu ở đây không có 'end'",
        "the HTML file to write, as in workshop report \"workshop.html\"":
            "tệp HTML cần ghi, ví dụ: workshop report \"workshop.html\"",
        "the backcast must start before the end of the base year ({1}.0)":
            "lần chạy lại quá khứ phải bắt đầu trước khi hết năm gốc ({1}.0)",
        "the block that starts here has no 'end'":
            "khối bắt đầu ở đây không có 'end'",
        "the bundled model does not load: {1}":
            "không nạp được mô hình đi kèm: {1}",
        "the condition \"{1}\" does not read: {2}":
            "không đọc được điều kiện \"{1}\": {2}",
        "the condition (its statements go on the following lines)":
            "điều kiện (các câu lệnh viết ở các dòng tiếp theo)",
        "the expression":
            "biểu thức",
        "the file ends inside a block":
            "tệp kết thúc khi một khối chưa được đóng",
        "the file name":
            "tên tệp",
        "the file to include":
            "tệp cần gộp vào",
        "the file to save the workshop in":
            "tệp để lưu hội thảo",
        "the first year after 'horizon'":
            "năm đầu tiên sau 'horizon'",
        "the folder '{1}' does not exist":
            "thư mục '{1}' không tồn tại",
        "the folder the teams' plans are in":
            "thư mục chứa kế hoạch của các đội",
        "the growth rate":
            "tốc độ tăng",
        "the horizon ends ({1}) before it starts ({2})":
            "giai đoạn kết thúc ({1}) trước khi bắt đầu ({2})",
        "the horizon must start after {1}, the year of the model's baselines":
            "giai đoạn phải bắt đầu sau năm {1}, năm của số liệu gốc trong mô hình",
        "the input means something invalid (no more specific code applies)":
            "đầu vào mang nghĩa không hợp lệ (không có mã lỗi nào cụ thể hơn)",
        "the last year of the horizon":
            "năm cuối của giai đoạn",
        "the lesson file":
            "tệp bài học",
        "the lesson needs a title: en \"…\" inside 'lesson … end'":
            "bài học cần tiêu đề: en \"…\" bên trong 'lesson … end'",
        "the loop variable after 'for'":
            "biến lặp sau 'for'",
        "the loop's values (its statements go on the following lines)":
            "các giá trị của vòng lặp (các câu lệnh của vòng lặp viết ở các dòng tiếp theo)",
        "the message":
            "thông báo",
        "the model file's name, as in model load \"my-model.dxm\"":
            "tên tệp mô hình, ví dụ: model load \"my-model.dxm\"",
        "the model has no indicator '{1}'":
            "mô hình không có chỉ tiêu '{1}'",
        "the model has no parameter '{1}'":
            "mô hình không có tham số '{1}'",
        "the model has no parameter '{1}'{2}":
            "mô hình không có tham số '{1}'{2}",
        "the model marks no parameter 'fitted' that can be fitted: nothing to hindcast":
            "mô hình không đánh dấu tham số 'fitted' nào có thể khớp được: không có gì để dự báo ngược",
        "the model needs a base year: add 'base year 2024' under its 'model' line":
            "mô hình cần một năm cơ sở: thêm 'base year 2024' dưới dòng 'model' của nó",
        "the model runs to {1} at most":
            "mô hình chỉ chạy tối đa đến năm {1}",
        "the model, a scenario or a file it reads may have changed since it was recorded":
            "mô hình, một kịch bản hoặc một tệp mà nó đọc có thể đã thay đổi kể từ khi ghi lại",
        "the name of the scenario to define":
            "tên của kịch bản sẽ được định nghĩa",
        "the name of the scenario to inherit from":
            "tên của kịch bản được kế thừa",
        "the number of a lesson, as in lesson 1":
            "số thứ tự của bài học, ví dụ: lesson 1",
        "the number of columns, as in width 100":
            "số cột, ví dụ: width 100",
        "the number of runs, as in uncertainty runs 1000":
            "số lần chạy, ví dụ: uncertainty runs 1000",
        "the number of samples, as in sobol samples 256":
            "số mẫu, ví dụ: sobol samples 256",
        "the programme that is late, as in delay broadband 1 year":
            "chương trình bị chậm, ví dụ: delay broadband 1 year",
        "the programme that receives the share":
            "chương trình nhận tỷ trọng",
        "the programme to take the share from":
            "chương trình bị lấy bớt tỷ trọng",
        "the round":
            "số của vòng",
        "the round's number, as in workshop round 1":
            "số của vòng, ví dụ: workshop round 1",
        "the round, as in leaderboard 2":
            "số của vòng, ví dụ: leaderboard 2",
        "the scenario header (settings go on the following lines)":
            "dòng mở đầu kịch bản (các thiết lập viết ở các dòng tiếp theo)",
        "the scenario starts here":
            "kịch bản bắt đầu ở đây",
        "nothing in '{1}' is uncertain: no parameter it does not assume has a range in the model":
            "không có gì bất định trong '{1}': mô hình không cho tham số nào mà kịch bản không giả định một khoảng giá trị",
        "give a parameter a range in the model file (range LOW to HIGH uniform), or runs from elsewhere with uncertainty from \"FILE\"":
            "hãy cho một tham số một khoảng trong tệp mô hình (range THẤP to CAO uniform), hoặc dùng các lần chạy từ nơi khác với uncertainty from \"FILE\"",
        "give a parameter a range in the model file (range LOW to HIGH uniform)":
            "hãy cho một tham số một khoảng trong tệp mô hình (range THẤP to CAO uniform)",
        "the scenario {1} defines does not read back: {2}":
            "kịch bản do {1} định nghĩa không đọc lại được: {2}",
        "the second scenario to compare":
            "kịch bản thứ hai cần so sánh",
        "the second scenario, as in why {1} {2} five-pushes":
            "kịch bản thứ hai, ví dụ: why {1} {2} five-pushes",
        "the seed, a whole number":
            "hạt giống (seed), một số nguyên",
        "the seed, a whole number, as in uncertainty seed 7":
            "hạt giống (seed), một số nguyên, ví dụ: uncertainty seed 7",
        "the setting":
            "thiết lập",
        "the share":
            "tỷ trọng",
        "the share of '{1}'":
            "tỷ trọng của '{1}'",
        "the share to move":
            "tỷ trọng cần chuyển",
        "the start of the recording (the session's state when it began) did not run:":
            "phần đầu của bản ghi (trạng thái của phiên khi bắt đầu ghi) không chạy được:",
        "the statement":
            "câu lệnh",
        "the step must be non-zero and go from {1} toward {2}":
            "bước phải khác 0 và đi từ {1} về phía {2}",
        "the target value":
            "giá trị mục tiêu",
        "the target year":
            "năm mục tiêu",
        "the text to print":
            "văn bản cần in ra",
        "the value to assume":
            "giá trị giả định",
        "the workshop file":
            "tệp hội thảo",
        "the year to compare":
            "năm cần so sánh",
        "the year to explain":
            "năm cần giải thích",
        "the year to look at":
            "năm cần xem xét",
        "the year to optimise for":
            "năm cần tối ưu",
        "there is no lesson {1}; lessons 1 to {2}":
            "không có bài học {1}; chỉ có các bài từ 1 đến {2}",
        "this input":
            "nội dung nhập này",
        "this is the lesson's first step":
            "đây là bước đầu tiên của bài học",
        "this loop would run {1} times; at most 10,000":
            "vòng lặp này sẽ chạy {1} lần; tối đa là 10,000 lần",
        "this model does not describe its equations":
            "mô hình này không mô tả các phương trình của nó",
        "this model has no catalogue of official targets":
            "mô hình này không có danh mục mục tiêu chính thức",
        "this model has no catalogue of targets":
            "mô hình này không có danh mục mục tiêu",
        "this model has no histories to hindcast against":
            "mô hình này không có chuỗi số liệu nào để dự báo ngược đối chiếu",
        "to":
            "to",
        "to run the scenarios on another model, write model load {1}":
            "để chạy các kịch bản trên một mô hình khác, hãy viết model load {1}",
        "to take the team's file instead: workshop collect {1} force":
            "để lấy tệp của đội thay thế: workshop collect {1} force",
        "topics: ":
            "các chủ đề: ",
        "topics: {1}":
            "các chủ đề: {1}",
        "two or more scenario names after 'compare', as in compare baseline five-pushes":
            "hai tên kịch bản trở lên sau 'compare', ví dụ: compare baseline five-pushes",
        "two scenario names after 'diff', as in diff baseline five-pushes":
            "hai tên kịch bản sau 'diff', ví dụ: diff baseline five-pushes",
        "two scenarios after the indicator, as in why {1} baseline five-pushes":
            "hai kịch bản sau chỉ tiêu, ví dụ: why {1} baseline five-pushes",
        "type 'assumptions' for the model's parameters":
            "gõ 'assumptions' (hoặc 'giả-thiết') để xem các tham số của mô hình",
        "unexpected '{1}' after the file name; it may be followed by force":
            "'{1}' không đúng chỗ sau tên tệp; sau tên tệp chỉ có thể là force",
        "unexpected character '!'; write != for 'not equal'":
            "ký tự '!' không đúng chỗ; viết != cho 'khác'",
        "unexpected character '{1}'":
            "ký tự '{1}' không đúng chỗ",
        "unexpected character '{1}' (and {2} more)":
            "ký tự '{1}' không đúng chỗ (và {2} ký tự nữa)",
        "unexpected {1} after 'end'":
            "gặp {1} không mong đợi sau 'end'",
        "unexpected {1} after '{2}'":
            "gặp {1} không mong đợi sau '{2}'",
        "unexpected {1} after the score line":
            "gặp {1} không mong đợi sau dòng 'score'",
        "unexpected {1} after the text":
            "gặp {1} không mong đợi sau văn bản",
        "unexpected {1} after {2}":
            "gặp {1} không mong đợi sau {2}",
        "unexpected {1} in the expression":
            "gặp {1} không mong đợi trong biểu thức",
        "unit '{1}' of '{2}' appears nowhere else in the model; did you mean '{3}'?":
            "đơn vị '{1}' của '{2}' không xuất hiện ở chỗ nào khác trong mô hình; có phải ý bạn là '{3}'?",
        "unknown 'model' command '{1}'; use model, model load \"FILE\" or model bundled":
            "lệnh 'model' không có dạng '{1}'; dùng model, model load \"FILE\" hoặc model bundled",
        "unknown command '{1}'":
            "không có lệnh '{1}'",
        "unknown command '{1}'{2}{3}":
            "không có lệnh '{1}'{2}{3}",
        "unknown indicator '{1}'":
            "không có chỉ tiêu '{1}'",
        "unknown indicator '{1}'{2}":
            "không có chỉ tiêu '{1}'{2}",
        "unknown language '{1}'; use en or vi":
            "không có ngôn ngữ '{1}'; hãy dùng en hoặc vi",
        "unknown money scale '{1}'":
            "không có đơn vị tiền '{1}'",
        "unknown money scale '{1}'{2}":
            "không có đơn vị tiền '{1}'{2}",
        "unknown parameter '{1}'":
            "không có tham số '{1}'",
        "unknown parameter '{1}'{2}":
            "không có tham số '{1}'{2}",
        "unknown policy '{1}'":
            "không có chính sách '{1}'",
        "unknown policy '{1}'{2}":
            "không có chính sách '{1}'{2}",
        "unknown programme '{1}'":
            "không có chương trình '{1}'",
        "unknown scenario '{1}'":
            "không có kịch bản '{1}'",
        "unknown scenario '{1}'{2}":
            "không có kịch bản '{1}'{2}",
        "unknown scenario setting '{1}'{2}{3}":
            "không có thiết lập kịch bản '{1}'{2}{3}",
        "unknown variable '{1}'":
            "không có biến '{1}'",
        "unknown variable '{1}'{2}":
            "không có biến '{1}'{2}",
        "unknown {1} '{2}'":
            "không có {1} '{2}'",
        "unknown {1} '{2}'{3}":
            "không có {1} '{2}'{3}",
        "unterminated string; add a closing '\"'":
            "chuỗi chưa được đóng; thêm dấu '\"' ở cuối",
        "value of its own":
            "giá trị riêng",
        "warning":
            "cảnh báo",
        "what this prints differs from the recording":
            "kết quả in ra khác với bản ghi",
        "what to list":
            "nội dung cần liệt kê",
        "workshop round":
            "chạy vòng hội thảo",
        "year":
            "year",
        "{1} cannot be negative":
            "{1} không được âm",
        "{1} is an amount of money ({2}); a number is needed here":
            "{1} là một khoản tiền ({2}); ở đây cần một số",
        "{1} is missing":
            "thiếu {1}",
        "{1} is outside the run ({2}–{3})":
            "{1} nằm ngoài khoảng thời gian chạy ({2}–{3})",
        "{1} is outside the run of '{2}'":
            "{1} nằm ngoài khoảng thời gian chạy của '{2}'",
        "{1} is outside the run of '{2}' ({3}–{4})":
            "{1} nằm ngoài lần chạy của '{2}' ({3}–{4})",
        "{1} is text; a number is needed here":
            "{1} là văn bản; ở đây cần một số",
        "{1} must be a number":
            "{1} phải là một số",
        "{1} must be a percentage; write {2}":
            "{1} phải là tỷ lệ phần trăm; hãy viết {2}",
        "{1} runs: use from 10 to {2}":
            "{1} lần chạy: hãy dùng từ 10 đến {2}",
        "{1}the allocation of scenario '{2}' comes to {3} bn VND, {4} bn VND {5} the envelope of {6} bn VND{7}":
            "{1}phân bổ của kịch bản '{2}' cộng lại là {3} tỷ đồng, {5} {4} tỷ đồng so với tổng mức {6} tỷ đồng{7}",
        "{1}the shares of scenario '{2}' add up to {3}%, {4}% {5} 100%":
            "{1}tổng tỷ trọng của kịch bản '{2}' là {3}%, {5} {4}% so với 100%",
        "{…:.{1}}: write from 0 to 6 decimals, as in {x:.1}":
            "{…:.{1}}: hãy viết từ 0 đến 6 chữ số thập phân, ví dụ: {x:.1}",
        // The XMILE import (Sources/DXModel/Import), and the pieces its messages are filled with.
        "'{1}' has no equation (<eqn>)":
            "'{1}' không có phương trình (<eqn>)",
        "'{1}' is declared twice (as '{2}' before)":
            "'{1}' được khai báo hai lần (trước đó là '{2}')",
        "'{1}', a flow of '{2}', is not a flow of this model":
            "'{1}', một dòng chảy của '{2}', không phải là dòng chảy của mô hình này",
        "</{1}> closes <{2}>":
            "</{1}> lại đóng <{2}>",
        "<{1}> is not closed":
            "<{1}> chưa được đóng",
        "<{1}> needs a name":
            "<{1}> cần có tên (name)",
        "a CDATA section is not closed":
            "một đoạn CDATA chưa được đóng",
        "a quoted name is not closed":
            "một tên trong dấu ngoặc kép chưa được đóng",
        "an '&' that starts no entity (write &amp;)":
            "dấu '&' không mở đầu thực thể nào (hãy viết &amp;)",
        "cannot read the number '{1}'":
            "không đọc được số '{1}'",
        "expected ')' to close the arguments of {1}, found {2}":
            "cần ')' để đóng các đối số của {1}, nhưng gặp {2}",
        "expected '=' after the attribute '{1}'":
            "cần '=' sau thuộc tính '{1}'",
        "expected '>'":
            "cần '>'",
        "expected ELSE: IF c THEN a ELSE b":
            "cần ELSE: IF c THEN a ELSE b",
        "expected THEN after the IF condition, found {1}":
            "cần THEN sau điều kiện IF, nhưng gặp {1}",
        "expected a name":
            "cần một tên",
        "expected a number, a name or '(', found {1}":
            "cần một số, một tên hoặc '(', nhưng gặp {1}",
        "expected a quoted value for '{1}'":
            "cần một giá trị trong dấu ngoặc kép cho '{1}'",
        "expected an XMILE document (<xmile>), found <{1}>":
            "cần một tài liệu XMILE (<xmile>), nhưng gặp <{1}>",
        "expected an element":
            "cần một phần tử",
        "text after the document's last element":
            "có văn bản sau phần tử cuối cùng của tài liệu",
        "the XMILE document has no <model>":
            "tài liệu XMILE không có <model>",
        "the file is not well-formed XML: {1}":
            "tệp không phải là XML hợp lệ: {1}",
        "the first argument of LOOKUP must be a graphical function":
            "đối số đầu tiên của LOOKUP phải là một hàm đồ thị",
        "the function '{1}' is not supported by the XMILE import; it reads {2}":
            "việc nhập XMILE không hỗ trợ hàm '{1}'; nó đọc được {2}",
        "the graphical function of '{1}' has no <ypts>":
            "hàm đồ thị của '{1}' không có <ypts>",
        "the graphical function of '{1}' needs <xpts> or <xscale min=\"…\" max=\"…\"/>":
            "hàm đồ thị của '{1}' cần <xpts> hoặc <xscale min=\"…\" max=\"…\"/>",
        "the graphical function of '{1}' needs as many x as y points, and two or more":
            "hàm đồ thị của '{1}' cần số điểm x bằng số điểm y, và từ hai điểm trở lên",
        "the model has no variables":
            "mô hình không có biến nào",
        "the points of '{1}' must be numbers, not '{2}'":
            "các điểm của '{1}' phải là số, không phải '{2}'",
        "the start time must be from -1000 to 9998, and before the stop time":
            "thời điểm bắt đầu phải từ -1000 đến 9998, và trước thời điểm kết thúc",
        "the steps of dt {1} from {2} must reach the next whole time":
            "các bước dt {1} tính từ {2} phải chạm tới mốc thời gian nguyên kế tiếp",
        "the tag <{1}> is not closed":
            "thẻ <{1}> chưa được đóng",
        "the time step dt must divide one unit of time (1, 0.5, 0.25, 0.125…), not {1}":
            "bước thời gian dt phải chia hết một đơn vị thời gian (1, 0.5, 0.25, 0.125…), không phải {1}",
        "the value of '{1}' is not closed":
            "giá trị của '{1}' chưa được đóng",
        "the x points of '{1}' must increase":
            "các điểm x của '{1}' phải tăng dần",
        "this equation nests more than {1} levels deep":
            "phương trình này lồng nhau sâu hơn {1} mức",
        "unexpected '{1}' in the equation":
            "'{1}' không được chờ đợi trong phương trình",
        "unexpected {1} in the equation":
            "{1} không được chờ đợi trong phương trình",
        "unknown entity '&{1};'":
            "thực thể không xác định '&{1};'",
        "elements nest more than {1} levels deep":
            "các phần tử lồng nhau sâu hơn {1} mức",
        "{1} is not closed with '{2}'":
            "{1} chưa được đóng bằng '{2}'",
        "{1} is not supported by the XMILE import":
            "việc nhập XMILE không hỗ trợ {1}",
        "{1} must be a number, not '{2}'":
            "{1} phải là một số, không phải '{2}'",
        "{1} takes {2} arguments, not {3}":
            "{1} nhận {2} đối số, không phải {3}",
        "a macro":
            "macro",
        "a second <model> (modules)":
            "một <model> thứ hai (mô-đun)",
        "the integration method '{1}' (use Euler or RK4)":
            "phương pháp tích phân '{1}' (hãy dùng Euler hoặc RK4)",
        "an array (the subscripts of '{1}')":
            "mảng (các chỉ số của '{1}')",
        "a module":
            "mô-đun",
        "the element <{1}>":
            "phần tử <{1}>",
        "a graphical function of type '{1}' (only continuous ones are)":
            "hàm đồ thị loại '{1}' (chỉ loại continuous được hỗ trợ)",
        "{1} of an order other than 1 or 3":
            "{1} có bậc khác 1 và 3",
        "a repeated PULSE (an interval)":
            "PULSE lặp lại (có khoảng lặp)",
        "a name of another module ('{1}.…')":
            "tên thuộc mô-đun khác ('{1}.…')",
        "an array (subscripts in [ ])":
            "mảng (chỉ số trong [ ])",
        "a processing instruction":
            "một chỉ thị xử lý",
        "a comment":
            "một chú thích",
        "the document type":
            "phần khai báo kiểu tài liệu",
        "the start time":
            "thời điểm bắt đầu",
        "the stop time":
            "thời điểm kết thúc",
        "the time step dt":
            "bước thời gian dt",
        "the end of the equation":
            "cuối phương trình",
        "'{1}' belongs on an indented line under a declaration":
            "'{1}' phải nằm trên một dòng thụt lề bên dưới một khai báo",
        "'{1}' is a function: call it with its arguments":
            "'{1}' là một hàm: hãy gọi nó kèm các đối số",
        "'{1}' is a lookup: call it with a value, as in {2}(x)":
            "'{1}' là một bảng tra (lookup): hãy gọi nó với một giá trị, ví dụ: {2}(x)",
        "'{1}' is declared here":
            "'{1}' được khai báo ở đây",
        "'{1}' is declared twice":
            "'{1}' được khai báo hai lần",
        "'{1}' is {2} {3}, not a flow":
            "'{1}' là {2} {3}, không phải flow",
        "0, as in valid > 0":
            "0, ví dụ: valid > 0",
        "0, as in valid >= 0":
            "0, ví dụ: valid >= 0",
        "ELSE":
            "ELSE",
        "THEN":
            "THEN",
        "a PULSE start or width":
            "thời điểm bắt đầu hoặc độ rộng của PULSE",
        "a RAMP start or end":
            "thời điểm bắt đầu hoặc kết thúc của RAMP",
        "a description":
            "một đoạn mô tả",
        "a flow name":
            "tên dòng chảy",
        "a history no longer names a starting parameter: the 'backcast' block sets every starting value":
            "chuỗi số liệu không còn nêu tham số xuất phát: khối 'backcast' đặt mọi giá trị xuất phát",
        "a key task number, 1 to 5":
            "số của một nhiệm vụ trọng tâm, từ 1 đến 5",
        "a lookup needs at least two points":
            "một bảng tra cần ít nhất hai điểm",
        "a model has one backcast; merge the two 'backcast' blocks":
            "một mô hình chỉ có một lần chạy lại quá khứ; hãy gộp hai khối 'backcast' làm một",
        "a parameter after 'correlation'":
            "một tham số sau 'correlation'",
        "a parameter":
            "một tham số",
        "a pillar":
            "một trụ cột",
        "a quantity in {1} can only be raised to a whole number":
            "một đại lượng tính bằng {1} chỉ có thể được nâng lên lũy thừa với số mũ nguyên",
        "a second parameter, as in correlation bass_p bass_q = -0.3":
            "tham số thứ hai, ví dụ: correlation bass_p bass_q = -0.3",
        "a starting value":
            "một giá trị xuất phát",
        "a variable name after '{1}'":
            "tên biến sau '{1}'",
        "after a point":
            "sau một điểm",
        "after the two parameters, as in correlation {1} {2} = 0.5":
            "sau hai tham số, ví dụ: correlation {1} {2} = 0.5",
        "agency":
            "agency",
        "an exponent must be dimensionless, not {1}":
            "số mũ phải không có thứ nguyên, không phải {1}",
        "an indicator after 'target'":
            "một chỉ tiêu sau 'target'",
        "an observation":
            "một quan sát",
        "another name for the {1}":
            "một tên khác của {1}",
        "assumption":
            "assumption",
        "base":
            "base",
        "before a point, as in (0, 0)":
            "trước một điểm, ví dụ: (0, 0)",
        "before the lookup's points":
            "trước các điểm của bảng tra",
        "before the observed value":
            "trước giá trị quan sát",
        "before the starting value":
            "trước giá trị xuất phát",
        "before the unit, as in [bn VND/year]":
            "trước đơn vị, ví dụ: [bn VND/year]",
        "before the {1}":
            "trước {1}",
        "between x and y":
            "giữa x và y",
        "cannot read the unit '{1}'; write for example bn VND/year, 1/year, person, %":
            "không đọc được đơn vị '{1}'; hãy viết, ví dụ: bn VND/year, 1/year, person, %",
        "definition":
            "definition",
        "document":
            "document",
        "expected ']' to close the unit":
            "cần ']' để đóng đơn vị",
        "expected 'by' before the target year, as in 'by 2030'":
            "cần 'by' trước năm mục tiêu, ví dụ: 'by 2030'",
        "expected 'from' and the model time the backcast starts at":
            "cần 'from' và thời điểm mô hình mà lần chạy lại quá khứ bắt đầu",
        "expected 'held out'":
            "cần 'held out'",
        "expected 'higher' or 'lower' after 'better'":
            "cần 'higher' hoặc 'lower' sau 'better'",
        "expected 'key' and the word 'target official' filters on, as in key 749":
            "cần 'key' và từ khóa mà 'target official' dùng để lọc, ví dụ: key 749",
        "expected 'to' in the range, as in range 0.3 to 0.5":
            "cần 'to' trong khoảng, ví dụ: range 0.3 to 0.5",
        "expected 'to', as in valid 0 to 1":
            "cần 'to', ví dụ: valid 0 to 1",
        "expected 'year' after 'base'":
            "cần 'year' sau 'base'",
        "expected THEN after the IF condition":
            "cần THEN sau điều kiện IF",
        "expected a declaration ({1}), found {2}":
            "cần một khai báo ({1}), nhưng gặp {2}",
        "first declared here":
            "khai báo lần đầu ở đây",
        "flow '{1}' is in {2}, but stock '{3}' in {4} needs flows in {5}":
            "dòng chảy '{1}' có đơn vị {2}, nhưng đại lượng tích lũy '{3}' có đơn vị {4} nên cần các dòng chảy có đơn vị {5}",
        "how far the model may stray from an observation":
            "mức mô hình được phép lệch so với một quan sát",
        "how often and how late it is published":
            "tần suất và độ trễ công bố số liệu",
        "lookup '{1}' takes a dimensionless argument, not {2}":
            "bảng tra '{1}' nhận một đối số không thứ nguyên, không phải {2}",
        "lookup '{1}' takes one argument":
            "bảng tra '{1}' chỉ nhận một đối số",
        "lookup points must have increasing x":
            "các điểm của bảng tra phải có x tăng dần",
        "observations must be in time order":
            "các quan sát phải theo thứ tự thời gian",
        "only a parameter can be fitted":
            "chỉ tham số mới có thể được khớp ('fitted')",
        "only a parameter or an indicator has valid values":
            "chỉ tham số hoặc chỉ tiêu mới có giá trị hợp lệ ('valid')",
        "only a stock has {1}s":
            "chỉ đại lượng tích lũy (stock) mới có dòng '{1}'",
        "out":
            "out",
        "parameter '{1}' can only use other parameters; '{2}' is {3} {4}":
            "tham số '{1}' chỉ được dùng các tham số khác; '{2}' là {3} {4}",
        "parameter '{1}' is {2}, outside its own range {3} to {4}":
            "tham số '{1}' bằng {2}, nằm ngoài khoảng của chính nó từ {3} đến {4}",
        "parameter '{1}' is {2}; it must be {3}":
            "tham số '{1}' bằng {2}; giá trị phải {3}",
        "parameter '{1}' needs a source or an assumption label: add an indented line 'source \"…\"' or 'assumption \"…\"' under it":
            "tham số '{1}' cần nguồn hoặc nhãn giả định: hãy thêm bên dưới nó một dòng thụt lề 'source \"…\"' hoặc 'assumption \"…\"'",
        "published":
            "published",
        "reference":
            "reference",
        "reported":
            "reported",
        "source":
            "source",
        "spending":
            "spending",
        "the agency that publishes the statistic":
            "cơ quan công bố số liệu thống kê",
        "the base year":
            "năm gốc",
        "the baseline's source":
            "nguồn của giá trị gốc",
        "the correlation, between -1 and 1":
            "hệ số tương quan, nằm giữa -1 và 1",
        "the delay time of DELAY must stay the same during a run: write it with numbers and parameters only":
            "thời gian trễ của DELAY phải giữ nguyên trong suốt một lần chạy: chỉ viết nó bằng các số và tham số",
        "the delay time of {1}":
            "thời gian trễ của {1}",
        "the document that sets it, as in \"Decision 749/QĐ-TTg\"":
            "văn bản đặt ra mục tiêu, ví dụ: \"Decision 749/QĐ-TTg\"",
        "the high end of the range":
            "cận trên của khoảng",
        "the high end, as in valid 0 to 1":
            "cận trên, ví dụ: valid 0 to 1",
        "the initial value of {1} is in {2}, its input in {3}":
            "giá trị ban đầu của {1} có đơn vị {2}, còn đầu vào của nó có đơn vị {3}",
        "the input that receives its spending":
            "đầu vào nhận khoản chi của chương trình",
        "the key, as in key 749":
            "khóa, ví dụ: key 749",
        "the low end of the range":
            "cận dưới của khoảng",
        "the model time of the observation (2025.0 is the end of 2024)":
            "thời điểm mô hình của quan sát (2025.0 là cuối năm 2024)",
        "the model time the backcast starts at (2020.5 is mid-2020)":
            "thời điểm mô hình mà lần chạy lại quá khứ bắt đầu (2020.5 là giữa năm 2020)",
        "the model's title":
            "tiêu đề của mô hình",
        "the observed value":
            "giá trị quan sát",
        "the observed variable after 'history'":
            "biến được quan sát sau 'history'",
        "the parameter that holds a starting value":
            "tham số giữ một giá trị xuất phát",
        "the point's x":
            "giá trị x của điểm",
        "the point's y":
            "giá trị y của điểm",
        "the push number, 1 to 5":
            "số của nhóm đẩy mạnh (push), từ 1 đến 5",
        "the range of '{1}' reaches values it cannot take; it must be {2}":
            "khoảng của '{1}' chạm tới những giá trị mà tham số này không thể nhận; giá trị phải {2}",
        "the range's low end is above its high end":
            "cận dưới của khoảng lớn hơn cận trên",
        "the run must have a positive time step and end after it starts":
            "lần chạy phải có bước thời gian dương và kết thúc sau khi bắt đầu",
        "the second argument of STEP":
            "đối số thứ hai của STEP",
        "the source (a URL or document)":
            "nguồn (một URL hoặc văn bản)",
        "the starting value, or the parameter that holds it":
            "giá trị xuất phát, hoặc tham số giữ giá trị đó",
        "the target value, in the indicator's unit":
            "giá trị mục tiêu, theo đơn vị của chỉ tiêu",
        "the target year must be a whole year":
            "năm mục tiêu phải là một năm trọn vẹn (số nguyên)",
        "the target's source":
            "nguồn của mục tiêu",
        "the time step must divide the run window exactly":
            "bước thời gian phải chia hết khoảng thời gian chạy",
        "the valid values: > 0, >= 0 or 0 to 1":
            "các giá trị hợp lệ: > 0, >= 0 hoặc 0 to 1",
        "the variable that measures it":
            "biến đo chỉ tiêu này",
        "the variable with its 2024 spending":
            "biến chứa khoản chi năm 2024 của chương trình",
        "the {1}'s English name":
            "tên tiếng Anh của {1}",
        "the {1}'s Vietnamese name":
            "tên tiếng Việt của {1}",
        "the {1}'s name in scenario files":
            "tên của {1} trong các tệp kịch bản",
        "this expression nests more than {1} levels deep; split it into auxiliaries":
            "biểu thức này lồng nhau sâu hơn {1} mức; hãy tách nó thành các biến phụ trợ (aux)",
        "to close the arguments of {1}":
            "để đóng các đối số của {1}",
        "to close the parenthesis":
            "để đóng ngoặc",
        "unexpected {1} at the end of the line":
            "gặp {1} không mong đợi ở cuối dòng",
        "unknown attribute '{1}' of a correlation; use source \"…\" or assumption \"…\"":
            "tương quan không có thuộc tính '{1}'; hãy dùng source \"…\" hoặc assumption \"…\"",
        "unknown attribute '{1}'":
            "không có thuộc tính '{1}'",
        "unknown backcast line '{1}'; use 'start PARAMETER = VALUE source \"…\"' or 'start PARAMETER = PARAMETER'":
            "khối backcast không có dòng '{1}'; hãy dùng 'start PARAMETER = VALUE source \"…\"' hoặc 'start PARAMETER = PARAMETER'",
        "unknown declaration '{1}'":
            "không có loại khai báo '{1}'",
        "unknown distribution '{1}'; use uniform, triangular or normal":
            "không có phân phối '{1}'; hãy dùng uniform, triangular hoặc normal",
        "unknown flow '{1}'":
            "không có dòng chảy '{1}'",
        "flow '{1}' fills or drains no stock; declare it an aux, or list it under a stock":
            "dòng chảy '{1}' không đổ vào hay rút ra từ biến tích lũy (stock) nào; hãy khai báo nó là aux, hoặc liệt kê nó dưới một stock",
        "a 'vi' line gives the Vietnamese of the text on the line above it (a doc, source, assumption, agency, definition, reported, published or document line), and that line has none":
            "dòng 'vi' cho bản tiếng Việt của văn bản ở dòng ngay trên nó (dòng doc, source, assumption, agency, definition, reported, published hoặc document), nhưng dòng đó không có văn bản nào",
        "the same English text has another Vietnamese above; give it one translation":
            "cùng một văn bản tiếng Anh đã có bản tiếng Việt khác ở phía trên; hãy chỉ dùng một bản dịch",
        "'{1}' inherits from '{2}', which is not defined yet; it cannot run until it is":
            "'{1}' kế thừa từ '{2}', kịch bản chưa được định nghĩa; chưa chạy được cho đến khi có kịch bản đó",
        "'{1}' inherits from '{2}', which is not defined yet; it cannot run until it is{3}":
            "'{1}' kế thừa từ '{2}', kịch bản chưa được định nghĩa; chưa chạy được cho đến khi có kịch bản đó{3}",
        "'{1}' runs {2}–{3}, not {4}; compare in a year every scenario runs":
            "'{1}' chạy {2}–{3}, không có năm {4}; hãy so sánh ở một năm mà mọi kịch bản đều chạy qua",
        "the budget of '{1}' reaches {2}× the {3} reference ({4} a year) in {5}; that far from {6} the results rest on the model's absorption curve ('explain' shows it)":
            "ngân sách của '{1}' lên tới {2}× mức tham chiếu năm {3} ({4} mỗi năm) vào năm {5}; khi xa mức năm {6} như vậy, kết quả dựa vào đường cong hấp thụ vốn của mô hình ('explain' cho xem đường cong này)",
        "unknown function '{1}'":
            "không có hàm '{1}'",
        "unknown history line '{1}'; use 'at TIME = VALUE source \"…\"' or 'tolerance X'":
            "chuỗi số liệu không có dòng '{1}'; hãy dùng 'at TIME = VALUE source \"…\"' hoặc 'tolerance X'",
        "unknown indicator attribute '{1}'":
            "chỉ tiêu không có thuộc tính '{1}'",
        "unknown model attribute '{1}'; use 'base year YEAR'":
            "mô hình không có thuộc tính '{1}'; hãy dùng 'base year YEAR'",
        "unknown programme attribute '{1}'":
            "chương trình không có thuộc tính '{1}'",
        "unknown target attribute '{1}'":
            "mục tiêu không có thuộc tính '{1}'",
        "value":
            "giá trị",
        "what the assumption rests on":
            "căn cứ của giả định",
        "what the baseline rests on":
            "căn cứ của giá trị gốc",
        "what the statistic counts":
            "nội dung mà số liệu thống kê đo đếm",
        "what was published for the base year":
            "số liệu đã công bố cho năm gốc",
        "{1} is a time and must be in year, not {2}":
            "{1} là đại lượng thời gian nên phải có đơn vị year, không phải {2}",
        "{1} is in {2}, but '{3}' is declared in {4}":
            "{1} có đơn vị {2}, nhưng '{3}' được khai báo với đơn vị {4}",
        "{1} needs a dimensionless argument, not {2}":
            "{1} cần một đối số không thứ nguyên, không phải {2}",
        "{1} needs a source or an assumption label: source \"…\" or assumption \"…\"":
            "{1} cần nguồn hoặc nhãn giả định: source \"…\" hoặc assumption \"…\"",
        "{1} takes {2} argument{3}, not {4}":
            "{1} nhận {2} đối số{3}, không phải {4}",
        "a":
            "một",
        "an":
            "một",
        "indicator":
            "chỉ tiêu",
        "initial value":
            "giá trị ban đầu",
        "equation":
            "phương trình",
        "the initial value of '{1}'":
            "giá trị ban đầu của '{1}'",
        "the value of '{1}'":
            "giá trị của '{1}'",
        "the equation of '{1}'":
            "phương trình của '{1}'",
        "dimensionless":
            "không thứ nguyên",
        "choose between":
            "chọn giữa",
        "the budget is capped twice":
            "ngân sách bị đặt trần hai lần",
        "expected '<=' and an amount after 'budget', as in with budget <= 40000 bn VND":
            "cần '<=' và một số tiền sau 'budget', ví dụ: with budget <= 40000 bn VND",
        "{1} is an amount of money, not a percentage; write {2}":
            "{1} là một số tiền, không phải tỷ lệ phần trăm; hãy viết {2}",
        "{1}, as in {2}":
            "{1}, ví dụ: {2}",
        "the most a year may spend":
            "mức chi tối đa một năm",
        "with budget <= 40000 bn VND":
            "with budget <= 40000 bn VND",
        "a budget cap is an amount of money above 0":
            "mức trần ngân sách là một số tiền lớn hơn 0",
        "this model has no programmes: its spending is computed inside it":
            "mô hình này không có chương trình nào: chi tiêu của nó được tính bên trong mô hình",
    ]
}
