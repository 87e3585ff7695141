/// How a format writes text: a replacement for each of a few special scalars, a rule for the
/// rest (controls, characters the format cannot hold), every other scalar as it is. The one
/// escaping loop of the writers: JSON strings, YAML double-quoted scalars, XML text.
///
/// ASCII scalars are looked up in a table filled when the escapes are made (the rule included),
/// so the common case costs one array read per scalar.
struct ScalarEscapes: Sendable {
    private let ascii: [String?]
    private let others: [(scalar: Unicode.Scalar, replacement: String)]
    private let rule: @Sendable (Unicode.Scalar) -> String?

    /// - Parameters:
    ///   - table: the special scalars and their replacements.
    ///   - rule: the replacement of any other scalar, `nil` to keep it.
    init(_ table: KeyValuePairs<Unicode.Scalar, String>, otherwise rule: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil }) {
        var ascii = (0..<128).map { Unicode.Scalar(UInt8($0)) }.map(rule)
        var others: [(scalar: Unicode.Scalar, replacement: String)] = []
        for (scalar, replacement) in table {
            if scalar.isASCII { ascii[Int(scalar.value)] = replacement } else { others.append((scalar, replacement)) }
        }
        self.ascii = ascii
        self.others = others
        self.rule = rule
    }

    func replacement(for scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII { return ascii[Int(scalar.value)] }
        for other in others where other.scalar == scalar { return other.replacement }
        return rule(scalar)
    }

    /// `text` escaped, between `open` and `close` (the quotes of a string literal).
    ///
    /// - Complexity: O(n) for n scalars.
    func apply(_ text: String, between open: String = "", and close: String = "") -> String {
        var out = open
        out.reserveCapacity(text.utf8.count + open.utf8.count + close.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacement(for: scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out + close
    }

    /// `prefix` and the scalar's value in hexadecimal, padded with zeros to `digits`.
    static func hex(_ scalar: Unicode.Scalar, prefix: String, digits: Int, uppercase: Bool = false) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: uppercase)
        return prefix + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }
}
