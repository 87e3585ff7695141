import LandscapeWording
import Testing

@Suite("Number style")
struct NumberStyleTests {
    @Test("Numbers: decimal comma, minus sign, thousands, percent")
    func numbers() {
        let german = NumberStyle.german
        #expect(german.decimal(0.0796, digits: 2) == "0,08")
        #expect(german.decimal(-0.444, digits: 2) == "−0,44")
        #expect(german.decimal(-0.001, digits: 2) == "0,00")
        #expect(german.integer(1234567) == "1.234.567")
        #expect(german.percent(0.5312) == "53\u{00A0}%")
        #expect(german.percent(0.096) == "9,6\u{00A0}%")
        #expect(german.percent(0.03) == "3\u{00A0}%")
        #expect(german.signed(0.74) == "+0,74")
        #expect(german.signed(-0.66) == "−0,66")
        #expect(german.signed(0) == "0,00")
    }

    @Test("English: decimal point, thousands comma, percent without a space")
    func english() {
        let english = NumberStyle.english
        #expect(english.decimal(1234.5, digits: 1) == "1,234.5")
        #expect(english.percent(0.125) == "13%")
        #expect(english.percent(0.096) == "9.6%")
        #expect(english.signed(-0.444) == "−0.44")
    }
}
