import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compiles a model's C translation (`NativeSource`) with the C compiler at hand and loads it.
///
/// The compiler runs once per distinct translation in a process (the result is kept, so every
/// copy of a model, and every session on the same model, shares it), on a file in a fresh
/// private temporary folder that is removed as soon as the library is loaded: nothing stays on
/// disk. Any failure (no compiler, a compiler error, a library that does not load) leaves the
/// model on the interpreter, which gives the same values.
enum NativeCompiler {
    /// The compiler: `DXPLAN_CC` when set, else `clang` (the Swift toolchain brings it), else `cc`.
    static var compilers: [String] {
        if let chosen = getenv("DXPLAN_CC").map({ String(cString: $0) }), !chosen.isEmpty { return [chosen] }
        return ["clang", "cc"]
    }

    /// Optimised, position-independent, and no rewriting of floating-point arithmetic: no fused
    /// multiply-add, no reassociation (the default without -ffast-math). `-fno-math-errno` only
    /// lets the compiler keep values in registers across `sqrt`/`exp` calls; it changes no value.
    static let flags = ["-O2", "-fPIC", "-shared", "-ffp-contract=off", "-fno-math-errno", "-w"]
    /// Linked after the source, so that `log`, `exp` and `pow` bind to the C library's current
    /// versions, as the interpreter's do (an unversioned reference binds to glibc's old wrappers,
    /// whose `log(-1)` is a not-a-number of the other sign).
    static let libraries = ["-lm"]

    /// Whether native code is allowed at all: `DXPLAN_NATIVE=0` keeps every run on the interpreter.
    static let isEnabled: Bool = getenv("DXPLAN_NATIVE").map { String(cString: $0) != "0" } ?? true

    /// The loaded code of each translation compiled in this process (nil: it could not be).
    private static let loaded = Mutex<[String: NativeCode?]>([:])

    /// The native code for a translation: compiled and loaded the first time, then kept.
    static func code(for source: String) -> NativeCode? {
        if let known = loaded.withLock({ $0[source] }) { return known }
        // The first compiler that builds it. (A plain loop: a lazy `compactMap(…).first` calls
        // its closure twice for the element it finds, which would compile twice.)
        var code: NativeCode?
        for compiler in compilers where code == nil { code = compile(source, with: compiler) }
        return loaded.withLock { table in
            if let known = table[source] { return known }
            table[source] = .some(code)
            return code
        }
    }

    /// Compiles and loads one translation with one compiler, or nil.
    private static func compile(_ source: String, with compiler: String) -> NativeCode? {
        _ = abandonAtExit
        // The folder and the source are made under the lock `abandonPending` takes when the
        // process ends: either the process is already ending and nothing is made, or the folder is
        // known and removed then. (Only the compiler writes outside the lock, and it is stopped first.)
        let folder: String? = pending.withLock { state in
            guard !state.exiting else { return nil }
            let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array("\(base)/dxplan-native-XXXXXX".utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!).map { String(cString: $0) } }) else {
                return nil
            }
            state.jobs[made] = 0
            return made
        }
        guard let folder else { return nil }
        defer {
            pending.withLock { _ = $0.jobs.removeValue(forKey: folder) }
            removeFolder(folder)
        }
        let sourcePath = folder + "/model.c", libraryPath = folder + "/model.so"
        let written = pending.withLock { state in !state.exiting && createFile(sourcePath, containing: source) }
        guard written, run([compiler] + flags + ["-o", libraryPath, sourcePath] + libraries, in: folder) else { return nil }
        // The library stays loaded for the life of the process: runs on other threads may hold its functions.
        guard let library = dlopen(libraryPath, RTLD_NOW | RTLD_LOCAL) else { return nil }
        guard let step = dlsym(library, NativeSource.stepSymbol), let report = dlsym(library, NativeSource.reportSymbol),
            let euler = dlsym(library, NativeSource.eulerSymbol)
        else { return nil }
        return NativeCode(
            step: unsafeBitCast(step, to: NativeCode.Program.self), report: unsafeBitCast(report, to: NativeCode.Program.self),
            euler: unsafeBitCast(euler, to: NativeCode.Update.self))
    }

    /// The folders of the compilations under way, each with its compiler's process group (0
    /// before it starts); `exiting` once the process has begun to end.
    private static let pending = Mutex<(exiting: Bool, jobs: [String: pid_t])>((false, [:]))

    /// When the process ends during a compilation (a script that finished first), the compiler
    /// is stopped and its folder removed, so that nothing is left behind.
    private static let abandonAtExit: Void = { atexit { NativeCompiler.abandonPending() } }()

    private static func abandonPending() {
        let jobs = pending.withLock { state in
            defer { state = (true, [:]) }
            return state.jobs
        }
        for (folder, child) in jobs {
            if child > 0 {
                // The compiler's driver and the programs it runs (cc1, the linker): its process group.
                kill(-child, SIGKILL)
                waitpid(child, nil, 0)
            }
            removeFolder(folder)
        }
    }

    /// Removes a folder of the compiler's files (no subfolders: the compiler writes none).
    private static func removeFolder(_ folder: String) {
        if let directory = opendir(folder) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { unlink(folder + "/" + name) }
            }
            closedir(directory)
        }
        rmdir(folder)
    }

    /// Writes a new file only this user can read (the folder is new and private too).
    private static func createFile(_ path: String, containing text: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        bytes.removeAll()
        return true
    }

    /// Runs the compiler (looked up on PATH) with its output discarded and its own temporary files
    /// in `folder`; true when it exits with 0.
    private static func run(_ arguments: [String], in folder: String) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        // The environment as it is, with TMPDIR in the folder (for the compiler's intermediate files).
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup("TMPDIR=" + folder)]
        var entry = environ
        while let variable = entry.pointee {
            if strncmp(variable, "TMPDIR=", 7) != 0 { environment.append(strdup(variable)) }
            entry += 1
        }
        environment.append(nil)
        defer { for argument in argv + environment { free(argument) } }
        // In a process group of its own, so that the programs the compiler runs can be stopped with it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        // Started under the lock, so that a process that ends meanwhile knows the compiler to stop.
        let child: pid_t? = pending.withLock { state in
            guard !state.exiting else { return nil }
            var child: pid_t = 0
            guard posix_spawnp(&child, arguments[0], &actions, &attributes, &argv, &environment) == 0 else { return nil }
            state.jobs[folder] = child
            return child
        }
        guard let child else { return false }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return false }
        }
        // Exited (the low seven bits zero) with status 0.
        return status & 0x7f == 0 && (status >> 8) & 0xff == 0
    }
}
