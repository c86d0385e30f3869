import Foundation
import Testing
import _TestSupport

/// Hostile log input costs little: a gzip bomb and a 100 MB line end in a bounded result, with
/// the peak memory of the albdoctor process measured (python3's getrusage of its child).
@Suite(.serialized, .requires(.program("python3", package: "python3")), .timeLimit(.minutes(5)))
struct HostileLogTests {
    /// Runs `albdoctor logs ARGS --format json` and returns its exit status, output and peak RSS in MiB.
    private func logs(_ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String, peakMiB: Int) {
        let measure = """
            import json, resource, subprocess, sys
            done = subprocess.run(sys.argv[1:], capture_output=True)
            print(json.dumps({"status": done.returncode, "stdout": done.stdout.decode(errors="replace"), "stderr": done.stderr.decode(errors="replace"),
                              "peakKiB": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
            """
        let result = try await runProcess(try #require(which("python3")), ["-c", measure, Repository.executable, "logs"] + arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any], "\(result.stderr)")
        return (Int32(object["status"] as? Int ?? -1), object["stdout"] as? String ?? "", object["stderr"] as? String ?? "", (object["peakKiB"] as? Int ?? 0) / 1024)
    }

    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aGzipBombStreamsInBoundedMemory() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // About 5 MB of gzip that inflates to 1 GiB of zeros: no newline, no log line. zlib's
        // fastest level makes it in 3 CPU-seconds; `head -c 1G /dev/zero | gzip -9` took 13.
        let bomb = """
            import sys, zlib
            deflate, zeros = zlib.compressobj(1, zlib.DEFLATED, 31), bytes(1 << 20)
            with open(sys.argv[1], "wb") as file:
                for _ in range(1024):
                    file.write(deflate.compress(zeros))
                file.write(deflate.flush())
            """
        let made = try await runProcess(try #require(which("python3")), ["-c", bomb, dir + "/bomb.log.gz"])
        #expect(made.status == 0, "\(made.stderr)")
        let result = try await logs([dir + "/bomb.log.gz"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let analyses = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["analyses"] as? [String: Any])
        // A line is cut once it is longer than 1 MiB, inflated 256 KiB at a time: 820 pieces of 1.25 MiB, each malformed.
        #expect((analyses["input"] as? [String: Any])?["malformedLines"] as? Int == 820)
        #expect(result.peakMiB < 400, "peak \(result.peakMiB) MiB")
    }

    @Test func aHundredMegabyteLineIsOneMalformedLine() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = "http 2025-12-25T23:45:50.036400Z app/test-alb/50dc 119.21.1.1:52000 - -1 -1 -1 301 - 0 0 \"GET http://test.jp:80/ HTTP/1.1\" \"curl/8\" - - - \"-\" \"-\" \"-\" 0 2025-12-25T23:45:50.036000Z \"redirect\" \"https://test.jp:443/\" \"-\" \"-\" \"-\" \"-\" \"-\" -\n"
        let made = try await runProcess("/bin/sh", ["-c", "{ printf '%s' '\(good)'; head -c 104857600 /dev/zero | tr '\\000' 'a'; printf '\\n%s' '\(good)'; } > '\(dir)/long.log'"])
        #expect(made.status == 0)
        let result = try await logs([dir + "/long.log"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let input = try #require((document["analyses"] as? [String: Any])?["input"] as? [String: Any])
        #expect(input["malformedLines"] as? Int == 1)
        #expect(input["accessEntries"] as? Int == 2)
        #expect(result.peakMiB < 400, "peak \(result.peakMiB) MiB")
    }
}
