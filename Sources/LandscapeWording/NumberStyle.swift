import LandscapeCore

/// Number formatting without locale data: a decimal separator, a thousands separator, the
/// minus sign (U+2212) and the space before the percent sign.
public struct NumberStyle: Sendable {
    public var decimalSeparator: Character
    public var groupSeparator: String
    /// Space before the percent sign (German: a no-break space).
    public var percentSpace: String

    public init(decimalSeparator: Character, groupSeparator: String, percentSpace: String) {
        self.decimalSeparator = decimalSeparator
        self.groupSeparator = groupSeparator
        self.percentSpace = percentSpace
    }

    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    public func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var text = integer(whole)
        if digits > 0 {
            let fraction = Int(scaled - Double(whole) * scale)
            let fractionDigits = String(fraction)
            text += String(decimalSeparator) + String(repeating: "0", count: max(0, digits - fractionDigits.count)) + fractionDigits
        }
        return (value < 0 && scaled > 0 ? "−" : "") + text
    }

    public func percent(_ share: Double) -> String {
        let value = share * 100
        let tenths = (abs(value) * 10).rounded()
        let withDecimal = abs(value) < 10 && tenths.truncatingRemainder(dividingBy: 10) != 0
        return decimal(value, digits: withDecimal ? 1 : 0) + percentSpace + "%"
    }

    /// A share as a count out of 100 ("7" of 100, "0,4" of 100): whole numbers from 1 on, one
    /// decimal below, so that a small share never reads as 0.
    public func perHundred(_ share: Double) -> String {
        let value = share * 100
        return value >= 1 ? integer(Int(value.rounded())) : decimal(value, digits: 1)
    }

    public func signed(_ value: Double) -> String {
        let text = decimal(value, digits: 2)
        return value >= 0.005 ? "+" + text : text
    }
}

extension NumberStyle {
    /// German: "1.234,5", "12,5 %" (a no-break space before the percent sign).
    public static let german = NumberStyle(decimalSeparator: ",", groupSeparator: ".", percentSpace: "\u{00A0}")
    /// English: "1,234.5", "12.5%".
    public static let english = NumberStyle(decimalSeparator: ".", groupSeparator: ",", percentSpace: "")
}

extension Language {
    /// How numbers are written in running text of this language ("16,00" / "16.00").
    public var numberStyle: NumberStyle {
        switch self {
        case .en: .english
        case .de: .german
        }
    }
}
