import FuzzSupport

/// libFuzzer's entry point: the input is one JSON file, loaded as `landscape check` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: size), pathExtension: "json")
    return 0
}
