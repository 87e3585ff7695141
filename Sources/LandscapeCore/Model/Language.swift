/// The language of reports, legends and plain-language text.
public enum Language: String, Vocabulary {
    case en
    case de

    public var aliases: [String] {
        switch self {
        case .en: ["english", "englisch", "en-GB", "en-US"]
        case .de: ["deutsch", "german", "de-DE"]
        }
    }
}
