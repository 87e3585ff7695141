import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578): what a page's form with a file field
/// posts. Each part has its field name, the file name a browser gives for a file, and its bytes.
struct MultipartForm: Sendable {
    /// One part: a field's value or an uploaded file.
    struct Part: Sendable {
        var name: String
        /// The file's name as the browser gives it (without folders); `nil` for a plain field.
        var fileName: String?
        var data: Data
    }

    let parts: [Part]

    /// The parts of `body`, split at the boundary the `Content-Type` header names; `nil` when the
    /// header names none or the body does not start with it.
    ///
    /// - Complexity: O(n) for a body of n bytes.
    init?(body: Data, contentType: String) {
        guard let boundary = Self.boundary(of: contentType) else { return nil }
        let delimiter = Data(("--" + boundary).utf8), separator = Data("\r\n\r\n".utf8)
        guard let first = body.range(of: delimiter) else { return nil }
        var parts: [Part] = []
        var cursor = first.upperBound
        while cursor < body.endIndex {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard body[cursor...].starts(with: Data("\r\n".utf8)) else { return nil }
            let start = cursor + 2
            guard let headerEnd = body.range(of: separator, in: start..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<body.endIndex) else { return nil }
            let headers = String(decoding: body[start..<headerEnd.lowerBound], as: UTF8.self)
            if let disposition = Self.disposition(in: headers), let name = disposition["name"] {
                let fileName = disposition["filename"].map { ($0 as NSString).lastPathComponent }
                parts.append(Part(name: name, fileName: fileName, data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The text of the first plain field `name`.
    subscript(name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The files of the field `name` that have a name (a browser sends an empty one for no file).
    func files(_ name: String) -> [Part] {
        parts.filter { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(of contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            let value = piece.dropFirst("boundary=".count)
            let unquoted = value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? value.dropFirst().dropLast() : value
            return unquoted.isEmpty ? nil : String(unquoted)
        }
        return nil
    }

    /// The parameters of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    private static func disposition(in headers: String) -> [String: String]? {
        for line in headers.components(separatedBy: "\r\n") {
            let halves = line.split(separator: ":", maxSplits: 1)
            guard halves.count == 2, halves[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var parameters: [String: String] = [:]
            for piece in halves[1].split(separator: ";").dropFirst() {
                let pair = piece.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                var value = pair[1].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                parameters[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] = value.replacingOccurrences(of: "%22", with: "\"")
            }
            return parameters
        }
        return nil
    }
}
