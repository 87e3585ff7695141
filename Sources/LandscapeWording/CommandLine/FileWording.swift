import LandscapeCore

/// The words around output files, shared by every command that writes one (`render`,
/// `report`, `convert`): the refusals of the one output-path rule and a failed write, from the
/// catalog `files` of a language (Catalogs/LANGUAGE/files.yaml), whose messages are these words
/// as they are.
public typealias FileWording = FilesMessages

extension Language {
    /// The words around output files in this language.
    public var fileWording: FileWording { Catalog(self).files }
}
