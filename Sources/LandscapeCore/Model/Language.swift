/// The language of reports, legends and plain-language text.
public enum Language: String, Vocabulary {
    case en
    case de
}
