import LandscapeCore

/// The words around writing an analysing command's result to a file (`-o` of `central`,
/// `stats`, `communities`, `gaps`, `whatif`, `suggest`): the option's help, its refusals and
/// the result line, from the catalog `result-files` of a language
/// (Catalogs/LANGUAGE/result-files.yaml), whose messages are these words as they are.
public typealias ResultFileWording = ResultFilesMessages

extension Language {
    /// The words around result files in this language.
    public var resultFileWording: ResultFileWording { Catalog(self).resultFiles }
}
