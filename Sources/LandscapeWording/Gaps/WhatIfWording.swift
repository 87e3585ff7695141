import LandscapeCore

/// The words of the what-if comparison, from the catalog `what-if` of a language
/// (`Catalogs/LANGUAGE/what-if.yaml`): the columns and rows of the table (`beforeColumn`,
/// `actorsRow` …) and the labels of the lines under it (`removedLabel` …, each followed by ": "
/// and the value), its messages as they are.
public typealias WhatIfWording = WhatIfMessages

extension Language {
    /// The what-if wording of this language.
    public var whatIfWording: WhatIfWording { Catalog(self).whatIf }
}
