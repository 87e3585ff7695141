import LandscapeCore

/// Numbers and dates as Excel stores them.
enum ExcelValues {
    /// The last row of a sheet (Excel 2007 and later).
    static let maxRow = 1_048_576

    /// How precise a date cell is, from its number format: a format without days shows a
    /// month (`MM.YYYY`), one without months a year.
    enum DatePrecision {
        case day, month, year
    }

    /// Whether a number format shows a date, and how precisely; `nil` for numbers and times.
    ///
    /// Built-in formats 14–17 and 22 (and the East Asian 27–36, 50–58) are dates; a custom
    /// format is a date when, outside quoted text, escapes and `[…]` sections, it holds `y` or
    /// `d` (German Excel stores `TT.MM.JJJJ` as `DD.MM.YYYY`).
    static func datePrecision(formatID: Int, code: String?) -> DatePrecision? {
        switch formatID {
        case 14, 15, 22, 27...36, 50...58: return .day
        case 16: return nil
        case 17: return .month
        case 0...49: return nil
        default: break
        }
        guard let code else { return nil }
        var letters = ""
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": inQuotes.toggle()
            case "\\": if !inQuotes { escaped = true }
            case "[": if !inQuotes { inBrackets = true }
            case "]": if !inQuotes { inBrackets = false }
            default: if !inQuotes && !inBrackets { letters.append(character) }
            }
        }
        // Only the first section (positive numbers) counts.
        let first = letters.split(separator: ";").first.map(String.init) ?? letters
        guard first.contains("y") || first.contains("d") else { return nil }
        if first.contains("d") { return .day }
        return first.contains("m") ? .month : .year
    }

    /// The date of an Excel serial number: days since 1899-12-30 (with Excel's fictitious
    /// 1900-02-29 as serial 60), or since 1904-01-01 in workbooks with the 1904 date system.
    /// The time of day is dropped; `nil` for serials outside 1…9999 years.
    static func date(serial: Double, date1904: Bool, precision: DatePrecision) -> PartialDate? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        var days = Int(serial.rounded(.down))
        let epoch: Int
        if date1904 {
            epoch = daysFromCivil(year: 1904, month: 1, day: 1)
        } else {
            if days == 60 { return PartialDate(year: 1900, month: 2, day: precision == .day ? 28 : nil).flatMap { trim($0, precision) } }
            if days < 60 { days += 1 }
            epoch = daysFromCivil(year: 1899, month: 12, day: 30)
        }
        let (year, month, day) = civilFromDays(epoch + days)
        guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
        return trim(date, precision)
    }

    static func trim(_ date: PartialDate, _ precision: DatePrecision) -> PartialDate? {
        switch precision {
        case .day: date
        case .month: PartialDate(year: date.year, month: date.month)
        case .year: PartialDate(year: date.year)
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible
    /// Low-Level Date Algorithms").
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The letters of a column number (1 → `A`, 28 → `AB`), the inverse of `column(of:)`.
    static func columnName(_ number: Int) -> String {
        var number = number
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The serial number of the first day of `date` in the 1900 date system, the inverse of
    /// `date(serial:date1904:precision:)`; `nil` before 1 March 1900, where Excel counts a
    /// 29 February 1900 that never was.
    static func serial(of date: PartialDate) -> Int? {
        let serial = daysFromCivil(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
            - daysFromCivil(year: 1899, month: 12, day: 30)
        return serial > 60 ? serial : nil
    }

    /// The column number of a cell reference's letters (`A` → 1, `AB` → 28); `nil` beyond `XFD`.
    static func column(of reference: String) -> Int? {
        var number = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let value: UInt32
            switch scalar.value {
            case 65...90: value = scalar.value - 64
            case 97...122: value = scalar.value - 96
            default: return letters == 0 || number > 16_384 ? nil : number
            }
            number = number * 26 + Int(value)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 || number > 16_384 ? nil : number
    }
}
