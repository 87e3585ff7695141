extension ReadingProblem {
    /// XML as GraphML, GEXF and the parts of a workbook are written, and what those formats
    /// hold that a landscape does not.
    public enum XML: Hashable, Sendable {
        /// The XML formats that name themselves in a message.
        public enum Format: Hashable, Sendable {
            case graphml, gexf
        }

        /// What carries an attribute a landscape does not know.
        public enum Owner: Hashable, Sendable {
            case graph, node, edge
        }

        /// The parts of GraphML a landscape has no place for, in the order they are reported.
        public enum GraphMLPart: Hashable, Sendable, CaseIterable, Comparable {
            case graphsAfterFirst, hyperedges, nestedGraphs, ports
        }

        /// An entity declaration (`<!ENTITY`), refused before parsing.
        case entityDeclaration
        /// The first syntax error libxml2 reports.
        case syntax(Syntax)
        /// Nothing but a declaration or comments.
        case noElement
        /// Elements nested deeper than the limit.
        case tooDeep(limit: Int)
        /// A root element other than the format's.
        case wrongRoot(found: String, expected: String)
        /// An element without an attribute it needs (`<node>` without `id`).
        case missingAttribute(String, element: String)
        /// A GraphML or GEXF file without `<graph>`.
        case noGraph(Format)
        /// A GraphML `<data key="…">` whose key no `<key>` declares.
        case undeclaredKey(id: String)
        /// A GEXF `<attvalue for="…">` whose attribute is not declared.
        case undeclaredAttribute(id: String)
        /// A part of GraphML that is ignored (a warning).
        case graphMLIgnored(GraphMLPart)
        /// GEXF nodes inside nodes, ignored (a warning).
        case gexfHierarchyIgnored
        /// An attribute that is no field of a landscape, with the closest field when one is a
        /// plausible typo, and the fields there are (a warning).
        case unknownAttribute(String, owner: Owner, suggestion: String?, known: [String])
    }
}

extension ReadingProblem.XML {
    /// libxml2's syntax errors, by what they mean to a person fixing the file.
    public enum Syntax: Hashable, Sendable {
        case noDocument
        case endsEarly
        case forbiddenCharacter
        case bareAmpersand
        case undeclaredEntity
        case unquotedAttribute
        case malformedAttribute
        case unclosedTag
        case nameExpected
        case mismatchedEndTag
        case unclosedElement
        case entityLoop
        case repeatedAttribute
        /// Any other error, by libxml2's code.
        case other(code: Int)
    }
}
