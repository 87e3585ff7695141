import LandscapeCore

/// An sRGB colour, written for Graphviz as `#RRGGBB` (or `#RRGGBBAA` when faded).
public struct Color: Hashable, Sendable, Codable {
    public var red: Int
    public var green: Int
    public var blue: Int

    public init(_ hex: UInt32) {
        red = Int((hex >> 16) & 0xFF)
        green = Int((hex >> 8) & 0xFF)
        blue = Int(hex & 0xFF)
    }

    init(red: Int, green: Int, blue: Int) {
        self.red = min(255, max(0, red))
        self.green = min(255, max(0, green))
        self.blue = min(255, max(0, blue))
    }

    /// `#RRGGBB`.
    public var hex: String { "#" + [red, green, blue].map(Self.twoDigits).joined() }

    /// `#RRGGBBAA` with `alpha` in 0…255.
    public func hex(alpha: Int) -> String { hex + Self.twoDigits(min(255, max(0, alpha))) }

    /// The colour mixed with white: `amount` 0 keeps it, 1 gives white. Fills use tints so
    /// that black text stays readable on them.
    public func tint(_ amount: Double) -> Color {
        func mix(_ c: Int) -> Int { Int((Double(c) + (255 - Double(c)) * amount).rounded()) }
        return Color(red: mix(red), green: mix(green), blue: mix(blue))
    }

    /// The colour mixed with black: `amount` 0 keeps it, 1 gives black.
    public func shade(_ amount: Double) -> Color {
        func mix(_ c: Int) -> Int { Int((Double(c) * (1 - amount)).rounded()) }
        return Color(red: mix(red), green: mix(green), blue: mix(blue))
    }

    private static func twoDigits(_ value: Int) -> String {
        let digits = "0123456789ABCDEF"
        let high = digits[digits.index(digits.startIndex, offsetBy: value / 16)]
        let low = digits[digits.index(digits.startIndex, offsetBy: value % 16)]
        return String([high, low])
    }

    public static let white = Color(0xFFFFFF)
    public static let black = Color(0x000000)
}

/// The colour-blind-safe palette of Okabe & Ito (2008), *Color Universal Design*
/// (<https://jfly.uni-koeln.de/color/>): eight colours that stay distinct for the common
/// colour-vision deficiencies (protan, deutan, tritan).
public enum OkabeIto {
    public static let orange = Color(0xE69F00)
    public static let skyBlue = Color(0x56B4E9)
    public static let bluishGreen = Color(0x009E73)
    public static let yellow = Color(0xF0E442)
    public static let blue = Color(0x0072B2)
    public static let vermillion = Color(0xD55E00)
    public static let reddishPurple = Color(0xCC79A7)
    public static let black = Color(0x000000)

    /// The seven hues (without black) in the order categorical colourings use them.
    public static let categorical: [Color] = [blue, orange, bluishGreen, vermillion, skyBlue, reddishPurple, yellow]
}

/// Thirteen colours for groups (communities, municipalities): the seven hues of Okabe & Ito
/// first, then the six of Paul Tol's *muted* scheme that differ from them most (indigo, rose,
/// teal, olive, wine, sand; <https://personal.sron.nl/~pault/#sec:qualitative>), which Tol
/// chose to stay apart for colour-blind readers too. Each group is also named in the legend,
/// so no reader has to tell two colours apart to know a group.
public enum GroupPalette {
    public static let colours: [Color] = OkabeIto.categorical + [
        Color(0x332288), Color(0xCC6677), Color(0x44AA99), Color(0x999933), Color(0x882255), Color(0xDDCC77),
    ]
}

/// How an actor kind looks: the shape carries the kind (readable in greyscale and print), the
/// colour repeats it.
public struct KindStyle: Hashable, Sendable {
    /// A Graphviz shape name.
    public var shape: String
    /// 2 draws a double outline (committees).
    public var peripheries: Int
    /// Extra `style` words besides `filled`: `rounded`, `dashed`.
    public var styles: [String]
    public var hue: Color
    /// White fill (the outline carries the colour) for kinds whose hue another kind's fill
    /// already uses.
    public var hollow: Bool

    /// The fill: a light tint of the hue, or white.
    public var fill: Color { hollow ? .white : hue.tint(hue == OkabeIto.black ? 0.8 : 0.55) }
    /// The outline: the hue, a little darker so that light hues (yellow) still show on white.
    public var outline: Color { hue.shade(0.25) }

    /// The look of each kind. Committees, foundations, offices and associations, which a
    /// steering group must tell apart first, have the most different silhouettes: double
    /// ellipse, hexagon, rectangle, ellipse. Shapes that balloon around long labels
    /// (parallelogram, house) or let them overflow (cds, box3d) are avoided. The two kinds
    /// beside the actors are drawn hollow: a resource as a box with cut corners (a sheet, a
    /// form), an event as a dashed rounded box (dashed: it lasts a day or a few).
    public static func of(_ kind: ActorKind) -> KindStyle {
        switch kind {
        case .office: KindStyle(shape: "box", peripheries: 1, styles: [], hue: OkabeIto.blue, hollow: false)
        case .agency: KindStyle(shape: "box", peripheries: 2, styles: [], hue: OkabeIto.skyBlue, hollow: false)
        case .politics: KindStyle(shape: "octagon", peripheries: 1, styles: [], hue: OkabeIto.reddishPurple, hollow: false)
        case .committee: KindStyle(shape: "ellipse", peripheries: 2, styles: [], hue: OkabeIto.vermillion, hollow: false)
        case .foundation: KindStyle(shape: "hexagon", peripheries: 1, styles: [], hue: OkabeIto.orange, hollow: false)
        case .association: KindStyle(shape: "ellipse", peripheries: 1, styles: [], hue: OkabeIto.bluishGreen, hollow: false)
        case .institution: KindStyle(shape: "box", peripheries: 1, styles: ["rounded"], hue: OkabeIto.yellow, hollow: false)
        case .business: KindStyle(shape: "cylinder", peripheries: 1, styles: [], hue: OkabeIto.black, hollow: false)
        case .program: KindStyle(shape: "note", peripheries: 1, styles: [], hue: OkabeIto.orange, hollow: true)
        case .research: KindStyle(shape: "tab", peripheries: 1, styles: [], hue: OkabeIto.blue, hollow: true)
        case .other: KindStyle(shape: "ellipse", peripheries: 1, styles: ["dashed"], hue: OkabeIto.black, hollow: true)
        case .resource: KindStyle(shape: "box", peripheries: 1, styles: ["diagonals"], hue: OkabeIto.skyBlue, hollow: true)
        case .event: KindStyle(shape: "box", peripheries: 1, styles: ["rounded", "dashed"], hue: OkabeIto.vermillion, hollow: true)
        }
    }
}

/// How a tie kind looks: line style and arrow carry the kind (readable in greyscale), colour
/// repeats it; the width grows with the weight; formal ties are drawn as a double line.
public struct TieStyle: Hashable, Sendable {
    /// `solid`, `dashed`, `dotted` or `bold`.
    public var line: String
    public var color: Color
    /// The arrowhead of directed kinds; `nil` for symmetric kinds (`dir=none`).
    public var arrowhead: String?
    /// The pen width at weight 1.
    public var penWidth: Double

    public static func of(_ kind: TieKind) -> TieStyle {
        switch kind {
        case .cooperation: TieStyle(line: "solid", color: Color(0x555555), arrowhead: nil, penWidth: 1.2)
        case .exchange: TieStyle(line: "dotted", color: Color(0x555555), arrowhead: nil, penWidth: 1.6)
        case .agreement: TieStyle(line: "solid", color: Color(0x333333), arrowhead: nil, penWidth: 1.2)
        case .member: TieStyle(line: "dashed", color: OkabeIto.vermillion.shade(0.15), arrowhead: "onormal", penWidth: 1.2)
        case .funding: TieStyle(line: "solid", color: OkabeIto.bluishGreen.shade(0.1), arrowhead: "normal", penWidth: 1.6)
        case .steering: TieStyle(line: "solid", color: OkabeIto.blue.shade(0.2), arrowhead: "vee", penWidth: 2.4)
        case .maintains: TieStyle(line: "solid", color: OkabeIto.skyBlue.shade(0.35), arrowhead: "diamond", penWidth: 1.2)
        case .uses: TieStyle(line: "dashed", color: OkabeIto.skyBlue.shade(0.35), arrowhead: "odiamond", penWidth: 1.2)
        case .attends: TieStyle(line: "dotted", color: OkabeIto.vermillion.shade(0.15), arrowhead: "odot", penWidth: 1.6)
        }
    }

    /// How far a planned tie's colour is mixed with white: half way (it is drawn dashed in that colour).
    public static let plannedTint = 0.5

    /// Agreements always have a written basis; other kinds when marked `formal`.
    public static func isDoubleLine(kind: TieKind, formal: Bool) -> Bool {
        formal || kind == .agreement
    }

    /// The pen width for a tie of `weight` (> 0): the kind's width times the square root of
    /// the weight, kept within 0.5…4 times the kind's width so that one heavy tie does not
    /// swamp the drawing.
    public func penWidth(weight: Double) -> Double {
        let factor = weight.isFinite && weight > 0 ? min(4, max(0.5, weight.squareRoot())) : 1
        return penWidth * factor
    }
}

/// Fonts, sizes and neutral colours shared by every diagram.
enum Look {
    static let font = "DejaVu Sans"
    static let boldFont = "DejaVu Sans Bold"
    static let labelSize = 11.0
    static let titleSize = 20.0
    static let clusterLabelSize = 13.0
    static let legendSize = 11.0
    static let legendHeadingSize = 12.0
    static let text = Color(0x1A1A1A)
    static let fadedText = Color(0x9A9A9A)
    static let fadedLine = Color(0xC8C8C8)
    static let clusterLine = Color(0x8C8C8C)
    static let clusterFill = Color(0xF6F6F6)
    static let legendLine = Color(0xB4B4B4)
    static let legendFill = Color(0xFCFCFC)
    /// Gaps (`--highlight gaps`): Okabe–Ito vermilion, apart from every kind colour.
    static let gap = Color(0xD55E00)
    static let gapFill = Color(0xFFF1E8)
    /// Alpha of faded fills (`--highlight`, `--ego`).
    static let fadedAlpha = 0x48
    /// Characters per label line before a name wraps.
    static let wrapWidth = 22
    /// Where names wrap in a compact overview (`DiagramOptions.compact`).
    static let compactWrapWidth = 16
    /// The most lines a node's label takes (`wrapLabel`).
    static let maxLabelLines = 3
}

/// Number formatting without Foundation: at most two decimals, no trailing zeros, `.` as
/// separator, so that attribute values (and golden files) are the same everywhere.
func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let whole = magnitude / 100, fraction = magnitude % 100
    if fraction == 0 { return "\(sign)\(whole)" }
    if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}
