#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// libdeflate, loaded at run time when the system has it (`libdeflate.so.0`, in the runtime
/// package that base images carry), so that building albdoctor needs no libdeflate headers.
/// Without it, gzip files are read with zlib's streaming inflate (``GzipInflater``), which gives
/// the same lines about half as fast.
///
/// Loaded with dlopen rather than linked: SwiftPM has no optional system library, and a link
/// dependency would make the library's development package a build requirement.
struct LibDeflate: Sendable {
    /// `struct libdeflate_decompressor *libdeflate_alloc_decompressor(void)`
    typealias Allocate = @convention(c) () -> OpaquePointer?
    /// `void libdeflate_free_decompressor(struct libdeflate_decompressor *)`
    typealias Free = @convention(c) (OpaquePointer?) -> Void
    /// `enum libdeflate_result libdeflate_gzip_decompress_ex(d, in, in_nbytes, out, out_nbytes_avail,
    /// actual_in_nbytes_ret, actual_out_nbytes_ret)`; 0 is `LIBDEFLATE_SUCCESS`.
    typealias GzipDecompress = @convention(c) (
        OpaquePointer?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?, Int, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int>?
    ) -> Int32

    let allocate: Allocate
    let free: Free
    let gzipDecompress: GzipDecompress

    /// The environment variable that turns libdeflate off (any non-empty value), so that both
    /// inflaters can be measured on one machine.
    static let disablingVariable = "ALBDOCTOR_NO_LIBDEFLATE"

    /// The library, or nil when it is absent, incomplete or turned off.
    static let shared: LibDeflate? = load()

    /// Which inflater whole gzip files go through, for reports and benchmarks.
    static var inflaterName: String { shared == nil ? "zlib" : "libdeflate" }

    private static func load() -> LibDeflate? {
        if let value = getenv(disablingVariable), value.pointee != 0 { return nil }
        for name in ["libdeflate.so.0", "libdeflate.0.dylib", "libdeflate.so"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let allocate = dlsym(handle, "libdeflate_alloc_decompressor"),
                  let free = dlsym(handle, "libdeflate_free_decompressor"),
                  let decompress = dlsym(handle, "libdeflate_gzip_decompress_ex") else {
                dlclose(handle)
                continue
            }
            // The handle stays open for the life of the process: the function pointers live in it.
            return LibDeflate(
                allocate: unsafeBitCast(allocate, to: Allocate.self),
                free: unsafeBitCast(free, to: Free.self),
                gzipDecompress: unsafeBitCast(decompress, to: GzipDecompress.self))
        }
        return nil
    }
}
