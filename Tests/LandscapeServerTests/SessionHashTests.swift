import LandscapeApp
import Testing

/// What the database keeps of a session's or share link's token: its SHA-256 in lower-case
/// hexadecimal digits, the same as before the digits were written one by one (sessions and links
/// of a running database must still be found).
@Suite("landscape serve: the tokens' hashes")
struct SessionHashTests {
    @Test("SHA-256 of known texts, in lower-case hexadecimal digits")
    func knownHashes() {
        #expect(Tokens.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Tokens.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
