import FuzzSupport

/// libFuzzer's entry point: the input is one GEXF file, loaded as `landscape check` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEXF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: size), pathExtension: "gexf")
    return 0
}
