import FuzzSupport

/// libFuzzer's entry point: the input is one DOT file, loaded as `landscape check` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: size), pathExtension: "dot")
    return 0
}
