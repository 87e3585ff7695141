import LandscapeCore

/// The progress lines on standard error, from the catalog `progress` of a language
/// (Catalogs/LANGUAGE/progress.yaml): what a long step is doing, and the same line when it is
/// done with the time it took.
public typealias ProgressWording = ProgressMessages

extension Language {
    /// The progress lines in this language.
    public var progressWording: ProgressWording { Catalog(self).progress }
}

extension ProgressMessages {
    /// "reading 3 files … done (2.4 s)": the step's line and the seconds, one decimal in the
    /// language's style.
    public func done(step: String, seconds: Double) -> String {
        done(step: step, seconds: catalog.numbers.decimal(seconds, digits: 1))
    }
}
