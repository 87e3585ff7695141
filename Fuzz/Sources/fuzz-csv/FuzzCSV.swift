import FuzzSupport

/// libFuzzer's entry point: the input is a CSV pair, `actors.csv` and `ties.csv` joined by a
/// line `---ties---` (`FuzzInput.tiesSeparator`), loaded as `landscape check FOLDER` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.checkCSVPair(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
