"""Prints the SciPy and MDT timings side by side, with the speed-up, and checks the scores agree."""
import json
import sys


def read(path):
    return {r["workload"]: r for r in map(json.loads, open(path))}


def main(scipy_path, mdt_path):
    scipy, mdt = read(scipy_path), read(mdt_path)
    print(f"{'workload':<15}{'SciPy best s':>14}{'MDT first s':>13}{'MDT best s':>12}"
          f"{'speed-up (best)':>17}{'speed-up (MDT first)':>22}{'SciPy CPU s':>13}{'MDT CPU s':>11}  scores agree")
    for name, s in scipy.items():
        m = mdt[name]
        if not s["first_scores"] and not m["first_scores"]:
            continue  # no columns of this kind in the data (COLUMNS=0 or CAT_COLUMNS=0)
        agree = all(abs(a - b) <= 1e-9 + 1e-6 * abs(a) for a, b in zip(s["first_scores"], m["first_scores"]))
        print(f"{name:<15}{s['seconds_best']:>14.3f}{m['seconds_first']:>13.3f}{m['seconds_best']:>12.3f}"
              f"{s['seconds_best'] / m['seconds_best']:>16.1f}x{s['seconds_best'] / m['seconds_first']:>21.1f}x"
              f"{s['cpu_seconds']:>13.3f}{m['cpu_seconds']:>11.3f}"
              f"  {'yes' if agree else 'NO'}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
