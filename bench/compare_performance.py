"""Prints the scikit-learn and MDT timings side by side, with the speed-up, and checks the results agree:
every metric both sides report to RELATIVE (1e-9) and the confusion matrices exactly."""
import json
import sys

RELATIVE = 1e-9


def read(path):
    return {r["workload"]: r for r in map(json.loads, open(path))}


def worst(s, m):
    """The largest relative difference over the metrics both sides report, and the metric."""
    diffs = [(abs(a - m["values"][k]) / max(abs(a), 1e-300), k) for k, a in s["values"].items()
             if m["values"].get(k) is not None]
    return max(diffs) if diffs else (0.0, "")


def main(sklearn_path, mdt_path):
    sk, mdt = read(sklearn_path), read(mdt_path)
    print(f"{'workload':<18}{'sklearn best s':>15}{'MDT first s':>13}{'MDT best s':>12}{'speed-up (best)':>17}"
          f"{'speed-up (MDT first)':>22}{'sklearn CPU s':>15}{'MDT CPU s':>11}  agree (largest relative difference)")
    for name, s in sk.items():
        m = mdt.get(s.get("pairs_with", name))
        if m is None:
            continue
        diff, metric = worst(s, m)
        missing = [k for k in s["values"] if m["values"].get(k) is None]
        agree = diff <= RELATIVE and not missing and s["confusion"] == m["confusion"]
        note = f"{diff:.1e} {metric}" + (f", MDT lacks {missing}" if missing else "")
        if s["confusion"] != m["confusion"]:
            note += ", confusion matrices differ"
        print(f"{name:<18}{s['seconds_best']:>15.3f}{m['seconds_first']:>13.3f}{m['seconds_best']:>12.3f}"
              f"{s['seconds_best'] / m['seconds_best']:>16.1f}x{s['seconds_best'] / m['seconds_first']:>21.1f}x"
              f"{s['cpu_seconds']:>15.3f}{m['cpu_seconds']:>11.3f}  {'yes' if agree else 'NO'} ({note})")
    for name, m in mdt.items():
        if name not in sk and all(r.get("pairs_with") != name for r in sk.values()):
            print(f"{name:<18}{'-':>15}{m['seconds_first']:>13.3f}{m['seconds_best']:>12.3f}{'-':>17}{'-':>22}"
                  f"{'-':>15}{m['cpu_seconds']:>11.3f}  (MDT only)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
