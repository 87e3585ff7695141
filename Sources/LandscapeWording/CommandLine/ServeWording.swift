import LandscapeCore

/// The words of `landscape serve` and of its API's refusals, from the catalog `serve` of a
/// language (Catalogs/LANGUAGE/serve.yaml): the command line speaks English, the API the
/// landscape's language.
public typealias ServeWording = ServeMessages

extension Language {
    /// The words of `landscape serve` in this language.
    public var serveWording: ServeWording { Catalog(self).serve }
}
