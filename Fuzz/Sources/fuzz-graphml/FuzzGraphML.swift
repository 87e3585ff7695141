import FuzzSupport

/// libFuzzer's entry point: the input is one GraphML file, loaded as `landscape check` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: size), pathExtension: "graphml")
    return 0
}
