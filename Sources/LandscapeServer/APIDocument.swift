import LandscapeApp
import LandscapeIO

/// The API described as an OpenAPI 3.0 document (`GET /api/openapi.json`), for clients and
/// generators. It is documentation for programmers, English like `docs/`; what the API answers
/// to users (its refusals) is worded in the landscape's language. A test keeps it and the
/// router's routes the same.
enum APIDocument {
    /// One operation: method, path (OpenAPI's `{name}` templates), summary, and its answers.
    struct Operation {
        var method: String
        var path: String
        var summary: String
        var body: String? = nil
        var query: [(name: String, description: String)] = []
        var answers: [(status: String, description: String, schema: String?)]
    }

    static let record = "#/components/schemas/Record"
    static let errors = "#/components/schemas/Errors"
    static let dismissal = "#/components/schemas/Dismissal"

    /// The refusals every change can meet, beside its own answers.
    static let changeRefusals: [(status: String, description: String, schema: String?)] = [
        ("400", "The body is no JSON object, or the version is no whole number.", errors),
        ("403", "Wrong Host, foreign Origin, or no valid X-CSRF-Token (GET /api/session gives it).", errors),
        ("404", "No such record or change.", errors),
    ]

    static let versioned: [(status: String, description: String, schema: String?)] = [
        ("409", "The record moved on since the version named (or was deleted): nothing changed.", errors),
        ("428", "No version named: send If-Match: \"N\" or \"version\": N.", errors),
    ]

    static let operations: [Operation] = [
        Operation(method: "get", path: "/api/session", summary: "The CSRF token every change must send as X-CSRF-Token.",
                  answers: [("200", "{\"csrf_token\": …}", nil)]),
        Operation(method: "get", path: "/api/landscape", summary: "The whole landscape, as `landscape convert -o x.json` writes it.",
                  answers: [("200", "The landscape.", nil)]),
        Operation(method: "get", path: "/api/actors", summary: "Every actor in order, each with its version.", answers: [("200", "{\"actors\": [Record]}", nil)]),
        Operation(method: "post", path: "/api/actors", summary: "Adds an actor (fields as in the file formats).", body: record,
                  answers: [("201", "The actor, version 1; Location and ETag.", record), ("422", "The actor is not valid: each problem with its field.", errors)] + changeRefusals),
        Operation(method: "get", path: "/api/actors/{id}", summary: "One actor with its version (also as ETag).",
                  answers: [("200", "The actor.", record), ("404", "No such actor.", errors)]),
        Operation(method: "patch", path: "/api/actors/{id}", summary: "Changes the fields given (JSON merge patch; null clears a field).", body: record,
                  answers: [("200", "The actor with its new version.", record), ("422", "The result is not valid.", errors)] + changeRefusals + versioned),
        Operation(method: "delete", path: "/api/actors/{id}", summary: "Deletes the actor, its ties and its mentions as a programme, as one change.",
                  answers: [("204", "Deleted.", nil)] + changeRefusals + versioned),
        Operation(method: "get", path: "/api/ties", summary: "Every tie in order, each with its id and version.", answers: [("200", "{\"ties\": [Record]}", nil)]),
        Operation(method: "post", path: "/api/ties", summary: "Adds a tie; ends by id or exact name; without id it gets the next tN.", body: record,
                  answers: [("201", "The tie, version 1; Location and ETag.", record), ("422", "The tie is not valid.", errors)] + changeRefusals),
        Operation(method: "get", path: "/api/ties/{id}", summary: "One tie with its version.", answers: [("200", "The tie.", record), ("404", "No such tie.", errors)]),
        Operation(method: "patch", path: "/api/ties/{id}", summary: "Changes the fields given (JSON merge patch).", body: record,
                  answers: [("200", "The tie with its new version.", record), ("422", "The result is not valid.", errors)] + changeRefusals + versioned),
        Operation(method: "delete", path: "/api/ties/{id}", summary: "Deletes the tie.", answers: [("204", "Deleted.", nil)] + changeRefusals + versioned),
        Operation(method: "get", path: "/api/history", summary: "The changes, newest first; each record before and after, as the API shows records.",
                  query: [("limit", "The newest this many changes."),
                          ("items", "The first this many records of each change (100 unless given); item_count says how many it touched.")],
                  answers: [("200", "{\"changes\": [{number, action, at, who, undone_by, item_count, items}]}", nil)]),
        Operation(method: "post", path: "/api/history/{number}/undo", summary: "Undoes a change as a new change (itself undoable).",
                  answers: [("200", "{\"undone\": n, \"change\": m}", nil), ("409", "A later change holds a record of it: undo that first.", errors)] + changeRefusals),
        Operation(method: "post", path: "/api/suggestions/{id}/dismiss",
                  summary: "Dismisses a pair suggestion for a reason ({\"reason\": …}, kept); it is no longer suggested. The id is the pair's actor ids in order, joined by + (the suggestions' \"id\"); the history can undo it.",
                  body: dismissal,
                  answers: [("201", "{id, first, second, reason, at, who}", nil),
                            ("422", "No reason, or the pair is dismissed already, or an actor paired with itself.", errors)] + changeRefusals),
        Operation(method: "get", path: "/api/openapi.json", summary: "This document.", answers: [("200", "OpenAPI 3.0.", nil)]),
        Operation(method: "post", path: "/api/login",
                  summary: "Signs in with {\"user\": …, \"password\": …}: a session cookie (HttpOnly, SameSite=Strict). On a server with accounts every other route needs it: 401 without, 403 without the role.",
                  answers: [("200", "{\"user\": …, \"roles\": {landscape or *: reader|editor|admin}}", nil), ("400", "No user or password in the body.", errors),
                            ("401", "The name or the password is wrong (failed sign-ins are slowed down).", errors),
                            ("403", "Wrong Host, foreign Origin, or no valid X-CSRF-Token.", errors)]),
        Operation(method: "post", path: "/api/logout", summary: "Ends the session and clears its cookie.", answers: [("204", "Signed out.", nil)]),
    ] + ServedAnalysis.allCases.map { analysis in
        Operation(method: "get", path: "/api/analysis/\(analysis.rawValue)", summary: "The JSON of `landscape \(analysis.rawValue) --format json`.",
                  query: [("at", "Look at the landscape on this day (YYYY, YYYY-MM or YYYY-MM-DD).")],
                  answers: [("200", "The analysis.", nil), ("400", "at is no date.", errors)])
    } + Computed.downloads.map { download in
        Operation(method: "get", path: "/export.\(download.format.rawValue)", summary: "The landscape as `landscape export --to \(download.format.rawValue)` writes it.",
                  answers: [("200", "The file (\(download.mediaType)).", nil)])
    }

    /// The document as JSON.
    static let document: JSONValue = {
        var paths: [(String, JSONValue)] = []
        for operation in operations {
            let entry = (operation.method, value(of: operation))
            if let index = paths.firstIndex(where: { $0.0 == operation.path }), case .object(let methods) = paths[index].1 {
                paths[index].1 = .object(methods + [entry])
            } else {
                paths.append((operation.path, .object([entry])))
            }
        }
        return .object([
            ("openapi", .string("3.0.3")),
            ("info", .object([("title", .string("landscape serve")), ("version", .string("1")),
                              ("description", .string("The JSON API of `landscape serve` over one landscape's store; see docs/serve.md."))])),
            ("paths", .object(paths)),
            ("components", .object([("schemas", schemas)])),
        ])
    }()

    static func value(of operation: Operation) -> JSONValue {
        var parameters: [JSONValue] = []
        for name in templates(in: operation.path) {
            parameters.append(.object([("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                                       ("schema", .object([("type", .string(name == "number" ? "integer" : "string"))]))]))
        }
        for query in operation.query {
            parameters.append(.object([("name", .string(query.name)), ("in", .string("query")), ("required", .bool(false)),
                                       ("description", .string(query.description)), ("schema", .object([("type", .string("string"))]))]))
        }
        if ["patch", "delete"].contains(operation.method) {
            parameters.append(.object([("name", .string("If-Match")), ("in", .string("header")), ("required", .bool(false)),
                                       ("description", .string("\"N\": the version the change is based on (or \"version\": N in the body).")),
                                       ("schema", .object([("type", .string("string"))]))]))
        }
        var fields: [(String, JSONValue)] = [("summary", .string(operation.summary)), ("operationId", .string(operationID(operation)))]
        if !parameters.isEmpty { fields.append(("parameters", .array(parameters))) }
        if let body = operation.body {
            fields.append(("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", reference(body))]))]))])))
        }
        fields.append(("responses", .object(operation.answers.map { answer in
            var response: [(String, JSONValue)] = [("description", .string(answer.description))]
            if let schema = answer.schema { response.append(("content", .object([("application/json", .object([("schema", reference(schema))]))]))) }
            return (answer.status, .object(response))
        })))
        return .object(fields)
    }

    /// The names of a path's `{name}` templates.
    static func templates(in path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    private static func operationID(_ operation: Operation) -> String {
        operation.method + operation.path.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func reference(_ target: String) -> JSONValue { .object([("$ref", .string(target))]) }

    private static let schemas: JSONValue = .object([
        ("Record", .object([
            ("type", .string("object")),
            ("description", .string("An actor or tie with the fields of the file formats (docs/format.md); answers add \"version\".")),
            ("additionalProperties", .bool(true)),
        ])),
        ("Dismissal", .object([
            ("type", .string("object")), ("required", .array([.string("reason")])),
            ("properties", .object([("reason", .object([("type", .string("string")), ("maxLength", .int(RecordEditor.reasonLimit))]))])),
        ])),
        ("Errors", .object([
            ("type", .string("object")), ("required", .array([.string("errors")])),
            ("properties", .object([("errors", .object([
                ("type", .string("array")),
                ("items", .object([
                    ("type", .string("object")), ("required", .array([.string("message")])),
                    ("properties", .object([("field", .object([("type", .string("string")), ("nullable", .bool(true))])),
                                            ("message", .object([("type", .string("string"))]))])),
                ])),
            ]))])),
        ])),
    ])
}
