/// The compact coding of attributes: one flat array, `name, kind, value` for each attribute
/// (`["shape", "v", "box", "label", "t", "Jugendamt", …]`; kinds `v` value, `t` centred text,
/// `tl` left-aligned text, `p` tooltip, `l` lines).
///
/// Why: a diagram travels to the Graphviz worker process as JSON for every render, and
/// attributes are nearly all of it; the synthesized coding
/// (`{"name":"shape","value":{"value":{"_0":"box"}}}`) made the request about three times as
/// large and as slow to encode and decode.
extension Attributes {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for entry in entries {
            try container.encode(entry.name)
            switch entry.value {
            case .value(let text):
                try container.encode("v")
                try container.encode(text)
            case .text(let text, let justification):
                try container.encode(justification == .left ? "tl" : "t")
                try container.encode(text)
            case .tooltip(let text):
                try container.encode("p")
                try container.encode(text)
            case .lines(let lines):
                try container.encode("l")
                try container.encode(lines)
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init()
        while !container.isAtEnd {
            let name = try container.decode(String.self)
            let kind = try container.decode(String.self)
            switch kind {
            case "v": self[name] = .value(try container.decode(String.self))
            case "t": self[name] = .text(try container.decode(String.self), .center)
            case "tl": self[name] = .text(try container.decode(String.self), .left)
            case "p": self[name] = .tooltip(try container.decode(String.self))
            case "l": self[name] = .lines(try container.decode([TextLine].self))
            default:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown kind of attribute value '\(kind)'")
            }
        }
    }
}
