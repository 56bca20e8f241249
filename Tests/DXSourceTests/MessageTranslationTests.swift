import Testing

@testable import DXSource

@Suite("Translating diagnostic messages")
struct MessageTranslationTests {
    let translation = MessageTranslation([
        "expected {1}, found {2}": "cần {1}, nhưng gặp {2}",
        "a scenario name": "tên kịch bản",
        "the end of the line": "hết dòng",
        "'{1}' must come before '{2}'": "'{2}' phải đứng sau '{1}'",
        "unknown command '{1}'{2}{3}": "không có lệnh '{1}'{2}{3}",
        "; did you mean '{1}'?": "; có phải ý bạn là '{1}'?",
        " ('{1}' belongs inside 'scenario … end')": " ('{1}' thuộc về bên trong 'scenario … end')",
        "a share of {1}": "tỷ trọng {1}",
        "a share of {1} for {2}": "tỷ trọng {1} cho {2}",
        "{1}: {2}": "{1}: {2}",
    ])

    @Test("holes are filled, each translated in turn unless it is quoted")
    func holes() {
        #expect(translation.translate("expected a scenario name, found the end of the line") == "cần tên kịch bản, nhưng gặp hết dòng")
        #expect(translation.translate("expected a year, found the end of the line") == "cần a year, nhưng gặp hết dòng", "an unknown piece stays")
        #expect(
            translation.translate("'a scenario name' must come before 'b'") == "'b' phải đứng sau 'a scenario name'",
            "reordered; quoted text is never translated")
    }

    @Test("pieces appended to each other are translated one by one; side-by-side holes take both")
    func appendedPieces() {
        #expect(translation.translate("unknown command 'foo'; did you mean 'for'?") == "không có lệnh 'foo'; có phải ý bạn là 'for'?")
        #expect(
            translation.translate("unknown command 'allocate' ('allocate' belongs inside 'scenario … end')")
                == "không có lệnh 'allocate' ('allocate' thuộc về bên trong 'scenario … end')")
        #expect(translation.translate("unknown command 'x'; did you mean 'y'? and more") == "không có lệnh 'x'; did you mean 'y'? and more")
    }

    @Test("the most specific template wins; a message no template reads is nil")
    func specificity() {
        #expect(translation.translate("a share of 5% for skills") == "tỷ trọng 5% cho skills")
        #expect(translation.translate("a share of 5%") == "tỷ trọng 5%")
        #expect(translation.translate("something else entirely") == nil)
        #expect(translation.translate("team-1: a share of 5%") == "team-1: tỷ trọng 5%", "holes and punctuation: the holes translate")
        #expect(translation.translate("x cannot be 1: it must be 2") == nil, "holes and punctuation read nothing by themselves")
        #expect(translation.translate("expected , found the end of the line") == "cần , nhưng gặp hết dòng", "a hole may be empty")
    }

    @Test("templates are cut at numbered holes only")
    func cutting() {
        #expect(MessageTranslation.cut("a {1} b {2}").texts == ["a ", " b ", ""])
        #expect(MessageTranslation.cut("{braces} {0} {x}").holes.isEmpty)
        #expect(MessageTranslation.split("'a'; did you mean 'b'? (c)") == ["'a'", "; did you mean 'b'?", " (c)"])
    }
}
