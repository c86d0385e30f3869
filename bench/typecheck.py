#!/usr/bin/env python3
"""Where the Swift compiler spends its time in albdoctor's own modules (Sources/ and Tests/).

Each module is compiled once more with the command of the last debug build (.build/debug.yaml),
from scratch, with the frontend's warnings for slow type-checking turned on; the expressions and
functions over the threshold are printed slowest first, with each module's compile time. One
expression can cost a test module seconds (a chain of `+` inside `#expect` took 16 s once), and
the test modules are compiled last, when nothing else is left to run beside them.

    swift build --build-tests            # first: the commands come from this build
    bench/typecheck.py                   # every module, threshold 300 ms
    bench/typecheck.py 150 ALBLogs       # a lower threshold, these modules only

The modules' objects are written again (the same ones); nothing else of the build changes.
"""
import json
import os
import re
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arguments = sys.argv[1:]
if arguments and arguments[0] in ("-h", "--help"):
    print(__doc__.strip())
    sys.exit(0)
threshold = int(arguments.pop(0)) if arguments and arguments[0].isdigit() else 300
manifest = os.path.join(root, ".build", "debug.yaml")
if not os.path.exists(manifest):
    sys.exit("bench/typecheck.py: no %s; run `swift build --build-tests` first" % os.path.relpath(manifest, root))
text = open(manifest, encoding="utf-8").read()

# One entry per Swift module: "C.NAME-TRIPLE-debug.module": with its inputs (the sources first)
# and its args (the swiftc command), each a JSON list on one line.
commands = {}
for match in re.finditer(r'^  "C\.([A-Za-z0-9_]+)-[^"]*-debug\.module":\n    tool: .*\n    inputs: (\[.*\])\n(?:    .*\n)*?    args: (\[.*\])$', text, re.M):
    name, inputs, args = match.group(1), json.loads(match.group(2)), json.loads(match.group(3))
    if any(i.startswith((os.path.join(root, "Sources") + "/", os.path.join(root, "Tests") + "/")) for i in inputs):
        commands[name] = args
wanted = arguments or sorted(commands)
unknown = [m for m in wanted if m not in commands]
if unknown:
    sys.exit("bench/typecheck.py: no module %s in the last build (modules: %s)" % (", ".join(unknown), " ".join(sorted(commands))))

warning = re.compile(r'(%s/[^\s:"]+\.swift):(\d+):\d+: warning: ((?:expression|instance method|static method|global function|getter|setter|closure|initializer)[^"\n\\]*?took (\d+)ms)' % re.escape(root))
slow = []
for module in wanted:
    args = [a for a in commands[module] if a != "-incremental"]
    args += ["-Xfrontend", "-warn-long-expression-type-checking=%d" % threshold, "-Xfrontend", "-warn-long-function-bodies=%d" % threshold]
    started = time.monotonic()
    result = subprocess.run(args, capture_output=True, text=True, cwd=root)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit("bench/typecheck.py: %s did not compile (exit %d); run `swift build --build-tests` and try again" % (module, result.returncode))
    output = (result.stdout + result.stderr).replace("\\/", "/")
    found = {(f, int(line), what, int(ms)) for f, line, what, ms in warning.findall(output)}
    slow += found
    print("%-28s %6.1f s  %d over %d ms" % (module, seconds, len(found), threshold), flush=True)

print()
for path, line, what, ms in sorted(slow, key=lambda item: -item[3]):
    print("%6d ms  %s:%d  %s" % (ms, os.path.relpath(path, root), line, what))
