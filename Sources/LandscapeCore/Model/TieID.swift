/// The stable identifier of a tie: the `id` given in the file, or one a store assigned when it
/// took the tie in. A tie read from a file without an `id` has none (`Tie.id` is `nil`); ties
/// are then told apart by their ends and kind.
public struct TieID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: TieID, rhs: TieID) -> Bool { lhs.rawValue < rhs.rawValue }
}
