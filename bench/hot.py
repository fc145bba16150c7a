"""Summarises `jfr print --events jdk.ExecutionSample` on stdin: the hottest methods by own
samples (the top frame), and each code base's own share: a sample counts for the code base of its
innermost frame outside the JDK (a HashMap lookup made by Jetty is Jetty's)."""
import collections
import re
import sys

BASES = [("this project", "no.eukg."), ("Jena", "org.apache.jena."), ("Jetty", "org.eclipse.jetty."),
         ("log4j", "org.apache.logging."), ("Lucene", "org.apache.lucene.")]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")

top = collections.Counter()
own = collections.Counter()
samples = 0
frames = []


def base_of(frame):
    for name, prefix in BASES:
        if frame.startswith(prefix):
            return name
    return "other"


def flush():
    global samples
    if not frames:
        return
    samples += 1
    top[frames[0]] += 1
    outside = next((f for f in frames if not f.startswith(JDK)), None)
    own["JDK only" if outside is None else base_of(outside)] += 1
    frames.clear()


in_stack = False
for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        flush()
        in_stack = False
    elif line.startswith("stackTrace = ["):
        in_stack = True
    elif in_stack and line.startswith("]"):
        in_stack = False
    elif in_stack:
        m = re.match(r"([\w.$<>]+)\(", line)
        if m:
            frames.append(m.group(1))
flush()
print(f"{samples} samples")
for method, n in top.most_common(20):
    print(f"  {100 * n / max(samples, 1):5.1f}%  {method}")
print("  own samples by code base:", ", ".join(f"{name} {100 * n / max(samples, 1):.1f}%" for name, n in own.most_common()))
