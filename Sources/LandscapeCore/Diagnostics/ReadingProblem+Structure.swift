extension ReadingProblem {
    /// The shape of a YAML or JSON landscape: a mapping (object) of `actors`, `ties` and the
    /// landscape's fields, records that are mappings, fields that are texts or lists of texts.
    /// Fields and keys are named as in the file.
    public enum Structure: Hashable, Sendable {
        /// Where an unknown key stands.
        public enum KeyPlace: Hashable, Sendable {
            case topLevel
            case record(ValidationProblem.RecordKind)
        }

        /// A YAML key that is refused before parsing (`YAMLKeyGuard`): hashing such keys can
        /// take hours.
        public enum RefusedKey: Hashable, Sendable {
            /// A flow list or mapping (`[*a, *a]: 1`).
            case collection
            /// An alias, as written (`*a`).
            case alias(String)
            /// An explicit key (`? …`).
            case explicit
        }

        /// libyaml's syntax error (its words).
        case yamlSyntax(detail: String)
        /// libyaml's syntax error with the construct it belongs to, in libyaml's words ("while
        /// parsing a block mapping"), and where that starts.
        case yamlSyntaxInContext(detail: String, context: String, line: Int, column: Int)
        /// Lists and mappings nested deeper than libyaml's limit.
        case yamlTooDeep(limit: Int)
        /// A second document after `---`.
        case secondDocument
        /// Keys repeated in one mapping, and the line of the first when the repeat was found.
        case duplicateKeys([String], firstLine: Int?)
        /// libyaml could not read the text (its words).
        case yamlUnreadable(detail: String)
        /// Any other failure of the YAML parser (its words).
        case yamlUnparsable(detail: String)
        /// A key that is an alias, a list or a mapping.
        case refusedKey(RefusedKey)
        /// A YAML file without a document.
        case noDocument
        /// The top level is not a mapping (object).
        case wrongTop(Notation, found: NodeKind)
        /// A YAML key that is not text.
        case keyNotText
        /// A key that is no field, with the closest when one is plausible, and the keys there
        /// are (a warning).
        case unknownKey(String, place: KeyPlace, suggestion: String?, known: [String])
        /// No `actors` at the top level.
        case noActorsList
        /// `actors` or `ties` that is no list.
        case notAList(field: String, Notation, found: NodeKind)
        /// A record that is no mapping (object).
        case recordNotMapping(ValidationProblem.RecordKind, Notation, found: NodeKind)
        /// A record's field that is neither text nor a list of texts.
        case notTextOrList(field: String, found: NodeKind)
        /// A field of the landscape that must be text.
        case notText(field: String, found: NodeKind)
        /// A field of the landscape that must be a list of texts.
        case notTextList(field: String, found: NodeKind)
        /// An item of a list that is not text.
        case itemNotText(field: String, found: NodeKind)
        /// A key repeated in one JSON object, with the line of the first.
        case duplicateMember(String, firstLine: Int?)
        /// Text that is no JSON.
        case jsonSyntax(JSONSyntax)
    }
}

extension ReadingProblem.Structure {
    /// What makes a text no JSON (RFC 8259), with the common mistakes named: comments,
    /// trailing commas, single quotes.
    public enum JSONSyntax: Hashable, Sendable {
        case textAfterValue
        case endsBeforeValue
        case singleQuotedText
        case comment
        /// A `]` or `}` where a value belongs.
        case valueExpected(before: Character)
        case unexpectedCharacter(Character)
        case unexpectedWord
        case tooDeep(limit: Int)
        /// A comma before the `}` or `]` that closes an object or list.
        case trailingComma(before: Character)
        case singleQuotedKey
        case endsBeforeKey
        case keyExpected
        case colonExpected(key: String)
        case endsInObject
        case objectSeparatorExpected
        case endsInList
        case listSeparatorExpected
        case unclosedText
        case unclosedTextAtLineEnd
        case unescapedControlCharacter
        case halfSurrogate
        case noSuchCharacter
        /// A backslash before a character that starts no escape.
        case invalidEscape(Character)
        case hexDigitsExpected
        case leadingZero
        case digitAfterMinus
        case digitAfterPoint
        case digitInExponent
    }
}
