import FuzzSupport

/// libFuzzer's entry point: the input is one XLSX file, loaded as `landscape check` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.check(UnsafeRawBufferPointer(start: data, count: size), pathExtension: "xlsx")
    return 0
}
