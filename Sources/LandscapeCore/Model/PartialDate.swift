/// A calendar day (proleptic Gregorian), used to compare dates.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or `nil` (e.g. 2019-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A date as people write it in a landscape: a year (`2019`), a month (`2019-08`) or a day
/// (`2019-08-29`). German spellings from Excel (`29.08.2019`, `08.2019`) are read too.
///
/// As the start of a period (`since`) a partial date means its first day; as the end
/// (`until`) its last day, so `until: 2021` includes all of 2021.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `DD.MM.YYYY` or `MM.YYYY`; `nil` when the text is
    /// none of these or names no real day.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        let isDotted = trimmed.contains(".")
        let parts = trimmed.split(separator: isDotted ? "." : "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let y: Int, m: Int?, d: Int?
        if isDotted {
            guard parts.count >= 2, parts.last?.count == 4, parts.dropLast().allSatisfy({ $0.count <= 2 }) else { return nil }
            y = numbers[numbers.count - 1]
            m = numbers[numbers.count - 2]
            d = parts.count == 3 ? numbers[0] : nil
        } else {
            guard parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
            y = numbers[0]
            m = parts.count >= 2 ? numbers[1] : nil
            d = parts.count == 3 ? numbers[2] : nil
        }
        self.init(year: y, month: m, day: d)
    }

    /// A valid partial date, or `nil`.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of the period.
    public var firstDay: CalendarDay {
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1) ?? CalendarDay.fallback
    }

    /// The last day of the period.
    public var lastDay: CalendarDay {
        let m = month ?? 12
        return CalendarDay(year: year, month: m, day: day ?? CalendarDay.daysIn(month: m, year: year)) ?? CalendarDay.fallback
    }

    /// The canonical spelling: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }
}

extension CalendarDay {
    /// Never used for valid partial dates, whose days always exist; it keeps the accessors total.
    static let fallback = CalendarDay(uncheckedYear: 1, month: 1, day: 1)

    private init(uncheckedYear: Int, month: Int, day: Int) {
        self.year = uncheckedYear
        self.month = month
        self.day = day
    }
}

/// A span of time, open at either end: when an actor or tie exists.
public struct ActivePeriod: Hashable, Sendable {
    public var since: PartialDate?
    public var until: PartialDate?

    public init(since: PartialDate? = nil, until: PartialDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Whether `day` lies within the period, both ends included.
    public func contains(_ day: CalendarDay) -> Bool {
        if let since, day < since.firstDay { return false }
        if let until, until.lastDay < day { return false }
        return true
    }

    /// Whether `until` lies before `since` (an error in the input).
    public var isReversed: Bool {
        guard let since, let until else { return false }
        return until.lastDay < since.firstDay
    }
}

func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension String {
    /// (Public for the readers.)
    /// The text without leading and trailing white space (spaces, tabs, line breaks, NBSP).
    public var trimmingSpaces: String {
        // Nearly every cell starts and ends with a visible ASCII character: no Unicode property
        // look-up, no copy (this was 8 % of loading 200,000 actors).
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return self[...].trimmingSpaces
    }
}

extension StringProtocol {
    /// (Public for the readers.)
    /// The text without leading and trailing white space (spaces, tabs, line breaks, NBSP).
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
