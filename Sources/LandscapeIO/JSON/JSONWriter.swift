import Foundation
import LandscapeCore

/// Writes the landscape as JSON with the fields of the YAML format, for scripts and web tools
/// (schema: `docs/format.md`). Every field is present: absent texts and dates are `null`,
/// empty lists `[]`; `weight` is a number, `formal` a boolean, dates are texts (`"2019-08"`),
/// kinds and sectors their canonical English names. Key order is fixed.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct JSONWriter: LandscapeWriter {
    public init() {}

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .json)
        check.references(landscape)
        return WriteResult(output: .file(Data((Self.value(of: landscape).serialized() + "\n").utf8)), losses: check.losses)
    }

    /// The landscape as the JSON value this writer writes.
    public static func value(of landscape: Landscape) -> JSONValue {
        let actors = landscape.actors.map(value(of:) as (Actor) -> JSONValue)
        let ties = landscape.ties.map(value(of:) as (Tie) -> JSONValue)
        return .object([
            ("title", .string(landscape.title)), ("language", .string(landscape.language.rawValue)),
            ("as_of", .string(landscape.asOf?.description)), ("needs", strings(landscape.needs)),
            ("actors", .array(actors)), ("ties", .array(ties)),
        ])
    }

    /// One actor as an element of the file's `actors` (the server's API answers with it too).
    public static func value(of actor: Actor) -> JSONValue {
        .object([
            ("id", .string(actor.id.rawValue)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
            ("municipality", .string(actor.municipality)), ("sectors", strings(actor.sectors.map(\.rawValue))),
            ("topics", strings(actor.topics)), ("target_groups", strings(actor.targetGroups)),
            ("programs", strings(actor.programs.map(\.rawValue))),
            ("since", .string(actor.period.since?.description)), ("until", .string(actor.period.until?.description)),
            ("contact", .string(actor.contact)), ("note", .string(actor.note)),
        ] + extraMembers(actor.extra))
    }

    /// One tie as an element of the file's `ties`; `id` only when the tie has one.
    public static func value(of tie: Tie) -> JSONValue {
        .object((tie.id.map { [("id", JSONValue.string($0.rawValue))] } ?? []) + [
            ("from", .string(tie.from.rawValue)), ("to", .string(tie.to.rawValue)), ("kind", .string(tie.kind.rawValue)),
            ("weight", .number(tie.weight)),
            ("since", .string(tie.period.since?.description)), ("until", .string(tie.period.until?.description)),
            ("formal", .bool(tie.formal)), ("note", .string(tie.note)),
        ] + (tie.status == .existing ? [] : [("status", .string(tie.status.rawValue))]) + extraMembers(tie.extra))
    }

    /// The fields the format does not know, kept as they were read, after the known ones.
    private static func extraMembers(_ extra: [ExtraField]) -> [(String, JSONValue)] {
        extra.map { field in
            switch field.value {
            case .text(let text): (field.name, .string(text))
            case .list(let items): (field.name, strings(items))
            }
        }
    }

    private static func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
}
