"""The claim-support check on the labelled set tests/data/support (written and collected before tuning, frozen):
floors on each of its parts and on their mean, one parametrised table. `benchmarks/bench_support.py --part lopo`
prints the figures (benchmarks/RESULTS.md, "Claim support")."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "support"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_support import load_articles, load_rows, measure, part_rows  # noqa: E402
from topline.check import parse  # noqa: E402

# Floors at the level measured by `benchmarks/bench_support.py --part lopo` on every part of the set
# (benchmarks/RESULTS.md, "Claim support", ninth round). One row per part: (recall floor on unsupported sentences,
# ceiling on faithful paraphrases rejected, floor per kind of error). Measured on the ninth round's checker
# (eighth round's in brackets where they differ):
#   calibration1 199/201 = 0.990, 0/36 = 0.000 (1/36)      cal2  139/139 = 1.000, 2/69 = 0.029
#   cal3          22/23  = 0.957, 1/60 = 0.017 (2/60)      cal4   59/61  = 0.967, 3/61 = 0.049
#   eval2        227/237 = 0.958, 8/108 = 0.074     eval3 115/126 = 0.913, 6/126 = 0.048
#   eval4        223/236 = 0.945, 30/166 = 0.181 (32/166)
#   eval5        229/252 = 0.909, 22/161 = 0.137 (23/161)
#   eval6        240/283 = 0.848, 25/168 = 0.149   (calibration since the eighth round)
#   eval7        228/266 = 0.857, 58/192 = 0.302 (67/192)   (run once by the lead after the eighth round; calibration
#                since the ninth)
#   evaluation   176/183 = 0.962, 1/36 = 0.028 (the first set's evaluation part, run nine times now)
# Targets (issue 10): recall >= 0.98 and paraphrases rejected <= 0.10. The paraphrase target is met on every part
# but eval4, eval5, eval6 and eval7; the recall target is NOT met on cal3, cal4, eval2, eval3, eval4, eval5, eval6,
# eval7 and the first evaluation part. eval4 to eval7 were evaluation parts (each run once by the lead) and are
# calibration since; eval6 joined the mean over parts in the eighth round, eval7 in the ninth (ten parts).
KINDS = ("unsupported_claim", "wrong_actor", "wrong_direction", "merged_events", "invented_cause", "wrong_figure",
         "content_free")
FLOORS = {
    #              recall  ceiling  floor per kind (measured share, rounded down; a kind the part lacks is absent)
    "calibration1": (1.0, 0.0, {"unsupported_claim": 0.98, "wrong_actor": 0.94, "wrong_direction": 1.0,
                                   "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 1.0,
                                   "content_free": 1.0}),
    "cal2": (1.0, 0.03, {"unsupported_claim": 1.0, "wrong_actor": 1.0, "wrong_direction": 1.0}),
    "cal3": (1.0, 0.017, {"wrong_actor": 1.0, "wrong_direction": 1.0}),
    "cal4": (1.0, 0.05, {"wrong_actor": 1.0, "wrong_direction": 1.0, "wrong_figure": 1.0}),
    "eval2": (0.957, 0.056, {"unsupported_claim": 0.91, "wrong_actor": 0.83, "wrong_direction": 0.97,
                             "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 1.0, "content_free": 1.0}),
    "eval3": (0.920, 0.048, {"unsupported_claim": 0.88, "wrong_actor": 0.91, "wrong_direction": 0.87,
                             "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 1.0, "content_free": 0.6}),
    "eval4": (0.987, 0.133, {"unsupported_claim": 1.0, "wrong_actor": 0.94, "wrong_direction": 1.0,
                             "merged_events": 1.0, "invented_cause": 0.90, "wrong_figure": 0.99, "content_free": 1.0,
                             "generic_analysis": 1.0}),
    "eval5": (0.956, 0.081, {"unsupported_claim": 0.94, "wrong_actor": 0.81, "wrong_direction": 0.98,
                            "merged_events": 0.91, "invented_cause": 1.0, "wrong_figure": 0.96, "content_free": 1.0,
                            "generic_analysis": 1.0}),
    # support28 (WordNet antonyms): eval6 251/283 = 0.8869 without the parse (252 with it), wrong direction 68/82;
    # eval14 238/275 = 0.8655 without the parse (240 with it)
    "eval6": (0.922, 0.102, {"unsupported_claim": 0.92, "wrong_actor": 0.95, "wrong_direction": 0.9,
                            "merged_events": 1.0, "invented_cause": 0.95, "wrong_figure": 0.84, "content_free": 1.0,
                            "generic_analysis": 1.0}),
    # support40 (order.py): eval7 242/266 = 0.9098, wrong direction 56/65 in both installs.
    "eval7": (0.909, 0.178, {"unsupported_claim": 0.92, "wrong_actor": 0.81, "wrong_direction": 0.86,
                            "merged_events": 0.91, "invented_cause": 0.85, "wrong_figure": 0.94, "content_free": 1.0,
                            "generic_analysis": 1.0}),
    # eval8 and eval9 (each run once by the lead as a fresh part; calibration since the eleventh round), measured
    # on the eleventh round's checker (at its start, 4492f8a, in brackets): eval8 196/231 = 0.848, 61/178 = 0.343
    # (194/231, 64/178); eval9 199/236 = 0.843, 67/173 = 0.387 (193/236, 70/173); eval6 242/283 (240), eval7
    # 230/266 (228), 56/192 (58)
    "eval8": (0.917, 0.242, {"unsupported_claim": 1.0, "wrong_actor": 0.82, "wrong_direction": 0.82,
                            "merged_events": 1.0, "invented_cause": 0.88, "wrong_figure": 0.91, "content_free": 1.0,
                            "generic_analysis": 1.0}),
    "eval9": (0.898, 0.313, {"unsupported_claim": 0.73, "wrong_actor": 0.81, "wrong_direction": 0.88,
                             "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.91, "content_free": 1.0,
                             "generic_analysis": 1.0}),
    # eval10 (run once by the lead as a fresh part before and after the eleventh round; calibration since the
    # twelfth), measured on the twelfth round's checker: 229/256 = 0.8945, 61/178 = 0.3427 (at its start 70/178);
    # twelfth round: eval7 55/192 = 0.2865 (56), eval8 57/178 = 0.3202 (61), eval9 61/173 = 0.3526 (67)
    # support42 (negated.py): 234/256 = 0.9141, wrong direction 47/54 = 0.8704 in both installs.
    "eval10": (0.914, 0.281, {"unsupported_claim": 0.93, "wrong_actor": 0.80, "wrong_direction": 0.87,
                              "merged_events": 1.0, "invented_cause": 0.88, "wrong_figure": 0.92, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval11 (run once by the lead as a fresh part before and after the twelfth round; calibration since the
    # thirteenth), measured on the thirteenth round's checker: 168/184 = 0.9130, 31/156 = 0.1987 (at its start
    # b739730: 35/156 = 0.2244). Thirteenth round, the other parts (at its start in brackets): eval3 116/126 = 0.9206
    # (115); eval4 29/166 = 0.1747 (30); eval5 230/252 = 0.9127 (229), 21/161 = 0.1304 (22); eval6 243/283 = 0.8587
    # (242), 24/168 = 0.1429 (25); eval7 52/192 = 0.2708 (55); eval8 55/178 = 0.3090 (57); eval9 60/173 = 0.3468
    # (61); eval10 59/178 = 0.3315 (61)
    "eval11": (0.929, 0.148, {"unsupported_claim": 0.85, "wrong_actor": 0.84, "wrong_direction": 0.94,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.94, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval12 (run once by the lead as a fresh part before and after the thirteenth round; calibration since the
    # fourteenth), measured on the fourteenth round's checker: 180/191 = 0.9424, 52/166 = 0.3133 (at its start,
    # 94b4004: 176/191, 64/166). Fourteenth round, the other parts (at its start in brackets): eval4 225/236 = 0.9534
    # (223); eval5 20/161 = 0.1242 (21); eval6 22/168 = 0.1310 (24); eval7 231/266 = 0.8684 (230), 46/192 = 0.2396
    # (52); eval8 52/178 = 0.2921 (55); eval9 201/236 = 0.8517 (199), 59/173 = 0.3410 (60); eval10 230/256 = 0.8984
    # (229), 55/178 = 0.3090 (59); eval11 29/156 = 0.1859 (31)
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 41/166 = 0.2470 in both installs (e0282).
    "eval12": (0.942, 0.247, {"unsupported_claim": 0.96, "wrong_actor": 0.77, "wrong_direction": 1.0,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.98, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval13 (run once by the lead as a fresh part before and after the fourteenth round; calibration since the
    # fifteenth), measured on the fifteenth round's checker: 244/285 = 0.8561, 65/188 = 0.3457 (at its start, 843a5f7:
    # 242/285 = 0.8491, 65/188; the verbless-fragment rule caught d0482 and d0485, both content_free). Sixteenth
    # round (benchmarks/RESULTS.md, "Sixteenth round"; at its start in brackets): eval13 59/188 = 0.3138 (65);
    # eval2 7/108 = 0.0648 (8); eval4 26/166 = 0.1566 (29); eval5 18/161 = 0.1118 (20); eval6 20/168 = 0.1190 (22);
    # eval7 232/266 = 0.8722 (231), 41/192 = 0.2135 (46), content_free 19/19 (18); eval9 202/236 = 0.8559 (201),
    # content_free 17/17 (16); eval12 51/166 = 0.3072 (52)
    # Eighteenth round (benchmarks/RESULTS.md, "Eighteenth round"; at its start in brackets): eval13 243/285 = 0.8526
    # (244: d0036 lost, caught only as "worth" read as a verb), wrong_direction 30/42 (31), 53/188 = 0.2819 (57);
    # eval14 231/275 = 0.8400 (232: c0130 lost, caught only as the unnamed "Demand for Ardent"), wrong_direction 27/37
    # (28), 67/184 = 0.3641 (74); eval4 24/166 = 0.1446 (26); eval5 17/161 = 0.1056 (18); eval6 244/283 = 0.8622
    # (243), wrong_direction 66/82 (65); eval7 38/192 = 0.1979 (41); eval8 50/178 = 0.2809 (51); eval9 203/236 =
    # 0.8602 (202); eval10 53/178 = 0.2978 (55); eval11 26/156 = 0.1667 (27); eval12 47/166 = 0.2831 (49)
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): recall 255/285 =
    # 0.8947 without the parse, 256/285 with it (d0510 caught); wrong actor 39/52 and 40/52. The worse install's.
    "eval13": (0.901, 0.256, {"unsupported_claim": 0.83, "wrong_actor": 0.75, "wrong_direction": 0.75,
                              "merged_events": 1.0, "invented_cause": 0.95, "wrong_figure": 0.98, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval14 (run once by the lead as a fresh part before and after the sixteenth round; calibration since the
    # seventeenth), measured at the seventeenth round's start (e8423c5): 232/275 = 0.8436, 76/184 = 0.4130.
    # Seventeenth round (benchmarks/RESULTS.md, "Seventeenth round"; at its start in brackets): eval14 74/184 =
    # 0.4022 (76); eval8 51/178 = 0.2865 (52); eval9 58/173 = 0.3353 (59); eval11 27/156 = 0.1731 (29); eval12
    # 49/166 = 0.2952 (51); eval13 57/188 = 0.3032 (59)
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 63/184 = 0.3424 in both installs (c0345).
    "eval14": (0.893, 0.332, {"unsupported_claim": 0.88, "wrong_actor": 0.84, "wrong_direction": 0.78,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.9, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval15 (run once by the lead as a fresh part before and after the eighteenth round; calibration since),
    # measured after the eighteenth round (50cc829): 211/263 = 0.8023, 83/198 = 0.4192 (85/198 = 0.4293 at 45b48fa).
    # support22 (measures.py: a measure is no actor): 77/198 = 0.3889 in both installs.
    # support36 (averages.py): 70/198 = 0.3535 in both installs.
    # support37 (relations.py, linking.py): 69/198 = 0.3485 in both installs.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 67/198 = 0.3384 in both installs (i0235).
    "eval15": (0.843, 0.324, {"unsupported_claim": 0.77, "wrong_actor": 0.66, "wrong_direction": 0.77,
                              "merged_events": 0.90, "invented_cause": 0.94, "wrong_figure": 0.81, "content_free": 1.0,
                              "generic_analysis": 0.94}),
    # eval16 (run once by the lead as a fresh part before and after the nineteenth round; calibration since),
    # measured after the nineteenth round (026c7ad): with the optional parse 220/249 = 0.8835, 79/207 = 0.3816; without
    # it 219/249 = 0.8795 (wrong figure 72/86), 80/207 = 0.3865 (at ddd29cf: 216/249 = 0.8675, 78/207 = 0.3768). The
    # floors hold with and without the parse.
    # support22: 76/207 with the parse, 77/207 = 0.3720 without.
    # support36: 69/207 with the parse, 70/207 = 0.3382 without.
    "eval16": (0.903, 0.339, {"unsupported_claim": 1.0, "wrong_actor": 0.87, "wrong_direction": 0.86,
                              "merged_events": 0.90, "invented_cause": 0.94, "wrong_figure": 0.86, "content_free": 1.0,
                              "generic_analysis": 0.94}),
    # eval17 (run once by the lead as a fresh part before and after the twentieth round; calibration since),
    # measured after it (a350bbf): with the optional parse 229/266 = 0.8609, 76/187 = 0.4064; without it 228/266 =
    # 0.8571 (wrong figure 82/97), 76/187 (at 76aa005, the round's start: 228/266, 76/187). Floors hold in both installs.
    "eval17": (0.879, 0.369, {"unsupported_claim": 0.91, "wrong_actor": 0.85, "wrong_direction": 0.72,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.85, "content_free": 0.93,
                              "generic_analysis": 1.0}),
    # eval18 (run once by the lead as a fresh part before and after the twenty-first round; calibration since),
    # measured after it: 223/259 = 0.8610 in both installs, 82/213 = 0.3850 with the optional parse and 79/213 = 0.3709
    # without it, identical at the round's start (f322ba6): the round's computed-figure steps cleared none of it.
    # support21 (steps.py's sums of named terms, rest of a list, parts of the year): 77/213 = 0.3615 with the parse,
    # 74/213 = 0.3474 without; recall unchanged.
    # support22: 72/213 = 0.3380 with the parse, 69/213 without (73 and 70 before its "He"/"She" reading).
    # support37 (relations.py): 67/213 = 0.3146 with the parse, 63/213 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 64/213 = 0.3005 with the parse, 60/213 without (n0237, n0332).
    "eval18": (0.895, 0.301, {"unsupported_claim": 0.92, "wrong_actor": 0.65, "wrong_direction": 0.9,
                              "merged_events": 0.91, "invented_cause": 0.94, "wrong_figure": 0.88, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval19 (run once by the lead as a fresh part before and after the twenty-third round; calibration since),
    # measured after it (d2b5421, and with the lead's owner rule): 229/256 = 0.8945 and 84/209 = 0.4019 in both
    # installs (at the round's start, a9f59b4: 229/256, 85/209; support22's measure reading cleared one).
    # support37 (relations.py, linking.py): 76/209 = 0.3636 in both installs (79/209 at its start, 9c808c1).
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 74/209 = 0.3541 in both installs (p0238).
    "eval19": (0.925, 0.350, {"unsupported_claim": 0.87, "wrong_actor": 0.83, "wrong_direction": 0.93,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.93, "content_free": 0.91,
                              "generic_analysis": 1.0}),
    # eval20 (run once by the lead as a fresh part before and after the twenty-fourth round; calibration since),
    # identical before (29baec0) and after (120346a): 249/290 = 0.8586; 97/241 = 0.4025 with the parse, 98/241 without.
    # support40 (order.py): 254/290 = 0.8759 with the parse, 255/290 without; wrong direction 51/56 in both.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 84/241 = 0.3485 in both installs (q0393).
    "eval20": (0.878, 0.332, {"unsupported_claim": 0.85, "wrong_actor": 0.70, "wrong_direction": 0.91,
                              "merged_events": 0.94, "invented_cause": 0.94, "wrong_figure": 0.82, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval21 (run once by the lead as a fresh part before and after the twenty-fifth round; calibration since),
    # identical before (9a59c2f) and after (2d2a6db): 256/301 = 0.8505 and 86/249 = 0.3454 with the parse, 254/301 =
    # 0.8439 and 88/249 = 0.3534 without (wrong actor 19/36, wrong direction 57/76 without it).
    # support37 (relations.py): 83/249 with the parse, 84/249 = 0.3373 without. The worse install's.
    "eval21": (0.866, 0.310, {"unsupported_claim": 1.0, "wrong_actor": 0.57, "wrong_direction": 0.78,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.9, "content_free": 0.91,
                              "generic_analysis": 1.0}),
    # eval22 (run once by the lead as a fresh part before and after the twenty-sixth round; calibration since),
    # before (f61b603) 246/287 = 0.8571 and 85/259 = 0.3282 with the parse, 245/287 and 87/259 = 0.3359 without; after
    # (9db5295, support26 and support27 merged) 248/287 = 0.8641 and 85/259 with the parse, 247/287 = 0.8606 and 87/259
    # without (wrong actor 26/35 without it, wrong direction 56/72, invented cause 14/18).
    # support39 (majorities.py): 79/259 = 0.3050 in both installs.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 77/259 = 0.2973 in both installs (j0285, j0344).
    "eval22": (0.887, 0.286, {"unsupported_claim": 0.87, "wrong_actor": 0.77, "wrong_direction": 0.79,
                              "merged_events": 1.0, "invented_cause": 0.77, "wrong_figure": 0.93, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval23 (run once by the lead as a fresh part before and after the twenty-seventh round; calibration since),
    # before (f2ac84e) 288/325 = 0.8862 and 96/263 = 0.3650 with the parse, 287/325 = 0.8831 and 95/263 = 0.3612
    # without; after (417a21f, support29, support30 and support31 merged) 287/325 and 95/263 with the parse, 286/325 =
    # 0.8800 and 94/263 = 0.3574 without (wrong actor 26/38 without it, wrong direction 66/83, wrong figure 108/114).
    # support37 (relations.py): 91/263 = 0.3460 with the parse, 89/263 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 90/263 = 0.3422 with the parse, 88/263 without (l0371).
    "eval23": (0.895, 0.327, {"unsupported_claim": 0.92, "wrong_actor": 0.68, "wrong_direction": 0.81,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.96, "content_free": 0.90,
                              "generic_analysis": 0.94}),
    # eval24 (run once by the lead as a fresh part before and after the twenty-eighth round; calibration since),
    # before (45d611c) 257/295 = 0.8712 and 63/248 = 0.2540 with the parse, 256/295 = 0.8678 and 64/248 = 0.2581
    # without; after (ac59adb, support32 and support33 merged) 258/295 = 0.8746 and 64/248 with the parse, 257/295 and
    # 65/248 = 0.2621 without (wrong direction 61/72 without it, 62/72 with it). The worse install's shares.
    # support39 (majorities.py): 62/248 = 0.2500 with the parse, 63/248 = 0.2540 without. The worse install's.
    # support40 (order.py): 259/295 with the parse, 258/295 = 0.8746 without; wrong direction 63/72 and 62/72 = 0.8611.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 61/248 with the parse, 62/248 = 0.2500 without (a0015).
    "eval24": (0.874, 0.246, {"unsupported_claim": 0.96, "wrong_actor": 0.61, "wrong_direction": 0.86,
                              "merged_events": 0.94, "invented_cause": 0.88, "wrong_figure": 0.90, "content_free": 1.0,
                              "generic_analysis": 0.94}),
    # eval25 (run once by the lead as a fresh part before and after the twenty-ninth round; calibration since),
    # before (af7aee7) 262/298 = 0.8792 in both installs, 84/252 = 0.3333 with the parse and 83/252 without; after
    # (de4002c, support34 and support35 merged) 261/298 = 0.8758 and 83/252, 82/252 without; with the lead's two
    # fixes after it (a cause ends with its sentence, a coordinated verb or a speaker is no party of a swap) 261/298,
    # 82/252 = 0.3254 with the parse and 81/252 without (wrong direction 69/81, wrong actor 18/29). The worse install's.
    # support36 (averages.py): 78/252 = 0.3095 with the parse, 77/252 without.
    # support39 (tail_speakers.py): 73/252 = 0.2897 with the parse, 72/252 without. The worse install's.
    # support40 (order.py): 264/298 = 0.8859 and wrong direction 72/81 = 0.8889 in both installs.
    # support42 (negated.py): 265/298 = 0.8893 and wrong direction 73/81 = 0.9012 in both installs.
    "eval25": (0.889, 0.282, {"unsupported_claim": 0.93, "wrong_actor": 0.62, "wrong_direction": 0.90,
                              "merged_events": 0.94, "invented_cause": 0.94, "wrong_figure": 0.89, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval26 (run once by the lead as a fresh part before and after the thirtieth round; calibration since), before
    # (68dcba4) 242/285 = 0.8491 with the parse, 241/285 = 0.8456 without; 74/225 = 0.3289 and 73/225 rejected; after
    # (b38f08c, mend27, support36 and the others merged) 242/285 and 241/285, 73/225 = 0.3244 and 72/225 (wrong
    # direction 63/81, wrong actor 17/25 and 16/25, wrong figure 71/83). The worse install's.
    # support39 (complements.py): 69/225 = 0.3067 with the parse, 68/225 without. The worse install's.
    # support41 (common_subjects.py, kc0011): 68/225 = 0.3022 with the parse, 67/225 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 65/225 = 0.2889 with the parse, 64/225 without (kc0013, kc0153,
    # kc0209). The worse install's.
    "eval26": (0.848, 0.285, {"unsupported_claim": 0.86, "wrong_actor": 0.64, "wrong_direction": 0.78,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.85, "content_free": 0.92,
                              "generic_analysis": 1.0}),
    # eval27 (run once by the lead as a fresh part before and after the thirty-first round; calibration since), before
    # (9c808c1) 249/284 = 0.8768 in both installs, 78/231 = 0.3377 rejected with the parse and 77/231 = 0.3333 without;
    # after (ef7b820, support37, mend28 and the others merged) the same (wrong direction 63/78, wrong actor 17/22, wrong
    # figure 80/90, content-free 15/16). The worse install's.
    # support39 (majorities.py): 73/231 = 0.3160 with the parse, 72/231 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 250/284 = 0.8803 and
    # wrong actor 18/22 in both installs (kd0133 caught); 71/231 = 0.3074 with the parse, 70/231 without (kd0069,
    # kd0243).
    "eval27": (0.880, 0.304, {"unsupported_claim": 0.92, "wrong_actor": 0.81, "wrong_direction": 0.80,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.88, "content_free": 0.93,
                              "generic_analysis": 0.94}),
    # eval28 (run once by the lead as a fresh part before and after the thirty-second round; calibration since), before
    # (04e0e17) 251/293 = 0.8567 with the parse and 250/293 = 0.8532 without, 76/260 = 0.2923 faithful rejected with the
    # parse and 78/260 = 0.3000 without; after (9e95b52, support38, months29, numerals29 and the others merged) recall
    # the same, 75/260 = 0.2885 and 77/260 = 0.2962 (one "due to start" schedule cleared). The worse install's.
    # support39 (descriptions, participles in an apposition, the rest of a share): 71/260 = 0.2731 in both installs;
    # recall 252/293 = 0.8601 with the parse, 251/293 = 0.8567 without (wrong actor 18/22 in both: ke0388 caught).
    # support41 (called.py ke0252, prize_money.py ke0315): 69/260 = 0.2654 in both installs.
    "eval28": (0.859, 0.258, {"unsupported_claim": 0.64, "wrong_actor": 0.85, "wrong_direction": 0.80,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.87, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval29 (run once by the lead as a fresh part before and after the thirty-third round; calibration since), before
    # (323f3c7) 281/304 = 0.9243 with the parse and 280/304 = 0.9211 without, 78/246 = 0.3171 faithful rejected in both
    # installs; after (3c1b7b3, support39 and the others merged) recall the same, 77/246 = 0.3130 with the parse and
    # 76/246 = 0.3089 without. The worse install's.
    # support41 (moving.py kf0007, called.py kf0013, prize_money.py kf0374): 74/246 = 0.3008 with the parse, 73/246
    # = 0.2967 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 73/246 = 0.2967 with the parse, 72/246 without (kf0465).
    "eval29": (0.927, 0.293, {"unsupported_claim": 1.0, "wrong_actor": 0.81, "wrong_direction": 0.87,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.91, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval30 (run once by the lead as a fresh part before and after the thirty-fourth round; calibration since), before
    # (3254a66) and after (435be54, support41 and support42 merged) the same: 260/286 = 0.9091 in both installs,
    # 68/234 = 0.2906 faithful rejected with the parse and 69/234 = 0.2949 without. The worse install's.
    # support43 (restated.py, described_speakers.py; benchmarks/RESULTS.md "Claim support", support43): 263/286 = 0.9196 and
    # wrong actor 31/41 in both installs (kg0023, kg0282, kg0529 caught); 66/234 with the parse, 67/234 = 0.2863
    # without (kg0145, kg0464). The worse install's.
    "eval30": (0.922, 0.278, {"unsupported_claim": 1.0, "wrong_actor": 0.75, "wrong_direction": 0.81,
                              "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.97, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval31 (run once by the lead as a fresh part before and after the thirty-fifth round; calibration since), the
    # worse of the two installs after the round's merges.
    "eval31": (0.913, 0.348, {"unsupported_claim": 1.0, "wrong_actor": 0.71, "wrong_direction": 0.85,
                              "merged_events": 0.88, "invented_cause": 1.0, "wrong_figure": 0.95, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval32 (run once by the lead as a fresh part before and after the thirty-sixth round: the same figures before and
    # after; calibration since), the worse of the two installs (the recall and each kind's are the same in both).
    "eval32": (0.899, 0.407, {"unsupported_claim": 0.92, "wrong_actor": 0.68, "wrong_direction": 0.77,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.96, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    # eval33 (run once by the lead as a fresh part before (fd5d108) and after (22ad697) the thirty-seventh round: recall
    # 0.9096 both, faithful rejected 0.4244 -> 0.4207; the same figures in both installs; calibration since).
    "eval33": (0.909, 0.421, {"unsupported_claim": 0.88, "wrong_actor": 0.73, "wrong_direction": 0.87,
                              "merged_events": 1.0, "invented_cause": 0.94, "wrong_figure": 0.94, "content_free": 1.0,
                              "generic_analysis": 1.0}),
    "evaluation": (0.961, 0.0, {"unsupported_claim": 0.92, "wrong_actor": 0.89, "wrong_direction": 0.88,
                                  "merged_events": 1.0, "invented_cause": 1.0, "wrong_figure": 0.96,
                                  "content_free": 1.0}),
}
# With eval15 (eighteen parts, the lead after the eighteenth round, 50cc829): (17 x 0.91487 + 0.80228) / 18 = 0.90862
# and (17 x 0.16377 + 0.41919) / 18 = 0.17796.
# Eighteenth round (branch support17): 0.91487 and 0.16377 on its checker (0.91484 and 0.17133 at its start, 45b48fa).
# The mean over the seventeen calibration parts (how the seventeenth round judges a change; eval14 joined it): recall
# 0.91484, paraphrases rejected 0.17133 on the seventeenth round's checker (0.91484 and 0.17473 at its start,
# e8423c5).
# The mean over the sixteen calibration parts (how the fifteenth round judges a change; eval13 joined it): recall
# 0.91929, paraphrases rejected 0.15984 on the sixteenth round's checker (0.91879 and 0.16707 at its start, 634b6fe,
# the fifteenth round's checker; 0.91804 and 0.16707 at the fifteenth round's start, 843a5f7).
# Over the fourteenth round's fifteen parts: 0.92263 and 0.15515 on its checker (0.91959 and 0.16713 at its start,
# 94b4004).
# Nineteenth round (branch support18, benchmarks/RESULTS.md "Nineteenth round"): 0.9161 and 0.1802 on its checker
# (0.9086 and 0.1780 at its start, ddd29cf); recall floors of calibration1, eval4-eval10, eval13-eval15 raised to the
# measured shares, the ceilings of eval4, eval5, eval11, eval12, eval14 and eval15 moved up by one or two sentences.
# With eval16 (nineteen parts, the lead on 026c7ad, benchmarks/bench_support.py --part lopo): recall 0.9161,
# paraphrases rejected 0.1902 with the optional parse (the [parse] extra, which CI installs); 0.9141 and 0.1911
# without it (the default install). The floor follows what is installed, so neither install can lose ground unseen.
# The round after the twentieth (branch support19, references across a cited article: benchmarks/RESULTS.md, "Claim
# support"): recall unchanged (0.9161 with the parse, 0.9141 without), paraphrases rejected 0.1873 with the parse and
# 0.1878 without (0.1902 and 0.1911 at its start, 76aa005); the ceilings of eval2, eval4-eval8, eval10 and eval14
# moved down to the measured shares (the higher of the two installs: eval5 14/161 with the parse, 15/161 without).
# With eval17 (twenty parts, the lead on a350bbf, benchmarks/bench_support.py --part lopo): recall 0.91337, paraphrases
# rejected 0.19820 with the optional parse; 0.91128 and 0.19875 without it.
# The round after support19 (branch support20, steps.py and two who-acts readings: benchmarks/RESULTS.md, "Claim
# support"): recall unchanged (0.91337 with the parse, 0.91128 without), paraphrases rejected 0.19534 with the parse
# and 0.19589 without (0.19820 and 0.19875 at its start, f322ba6); the ceilings of eval12, eval13, eval15, eval16 and
# eval17 moved down to the measured shares (the higher of the two installs: eval16 77/207 with the parse, 78/207
# without).
# With eval18 (twenty-one parts, the lead after support20's merge, benchmarks/bench_support.py --part lopo): recall
# 0.91088, paraphrases rejected 0.20437 with the optional parse; 0.90889 and 0.20422 without it.
# The round after support20 (branch support21, steps.py: benchmarks/RESULTS.md, "Claim support"): recall unchanged,
# paraphrases rejected 0.20325 with the parse and 0.20311 without (five eval18 rows cleared in both installs).
# The round after support21 (branch support22, measures.py: benchmarks/RESULTS.md, "Claim support"): recall unchanged,
# paraphrases rejected 0.20118 with the parse and 0.20104 without (nine rows of eval15, eval16, eval18 cleared).
# With eval19 (twenty-two parts, the lead after this round's merge, benchmarks/bench_support.py --part lopo): recall
# 0.9101, paraphrases rejected 0.2103 with the optional parse; 0.9082 and 0.2102 without it.
# support23 (three readings, benchmarks/RESULTS.md "Claim support", support23): recall unchanged, paraphrases rejected
# 0.20871 with the parse and 0.20857 without (0.2103 and 0.2102 at its start, 29baec0); the ceilings of eval13, eval14,
# eval16-eval19 moved down to the measured shares (the higher of the two installs: eval18 71/213 with the parse, 68/213
# without; eval16 76/207 without, 75/207 with).
# With eval20 (twenty-three parts, the lead after this round's merge, benchmarks/bench_support.py --part lopo): recall
# 0.9079, paraphrases rejected 0.2171 with the optional parse; 0.9061 and 0.2172 without it.
# support25 (figures told in words, who acts named with an apposition or equated to a figure: benchmarks/RESULTS.md
# "Claim support", support25): recall unchanged, paraphrases rejected 0.21276 with the parse and 0.21281 without
# (0.21713 and 0.21718 at its start, 9a59c2f); the ceilings of eval7, eval9, eval10, eval12-eval18 and eval20 moved down
# to the measured shares (the higher of the two installs: eval20 92/241 without the parse, 91/241 with; eval16 75/207
# without, 74/207 with; eval18 70/213 with, 67/213 without).
# With eval21 (twenty-four parts, the lead after this round's merge, benchmarks/bench_support.py --part lopo): recall
# 0.90550, paraphrases rejected 0.21829 with the optional parse; 0.90349 and 0.21867 without it.
# support26 (figures in another context, cents, splits, a movement told by figures, the way a figure is moved:
# benchmarks/RESULTS.md "Claim support", support26): recall 0.90658 with the parse and 0.90470 without (0.90550 and
# 0.90349 at its start, f61b603), paraphrases rejected 0.21669 and 0.21707 (0.21829 and 0.21867); recall floors of
# eval6, eval14, eval16, eval18, eval19 and eval21 and the ceilings of eval12, eval14-eval16 and eval19-eval21 moved to
# the measured shares (the lower recall and the higher rejection of the two installs: eval6 249/283, eval21 256/301
# and 86/249, eval16 220/249 and 74/207, eval20 91/241 without the parse).
# support27 (who acts read through the article's references, progressive verbs, cited passives: benchmarks/RESULTS.md
# "Claim support", support27): recall 0.90633 with the parse and 0.90460 without (0.90550 and 0.90349 at its start,
# f61b603), paraphrases rejected unchanged (0.21829 and 0.21867); recall floors of eval9, eval10, eval15, eval18 and
# eval19 (and their wrong_actor, wrong_direction, wrong_figure kinds) raised to the lower of the two installs' shares.
# Both merged (the lead, bench_support.py --part lopo on the merge): recall 0.90740 with the parse and 0.90582 without,
# paraphrases rejected 0.21669 and 0.21707; the per-part rows keep the higher recall floor and the lower ceiling of
# the two branches.
# With eval22 (twenty-five parts, the lead after this round's merge, benchmarks/bench_support.py --part lopo): recall
# 0.90567, paraphrases rejected 0.22115 with the optional parse; 0.90401 and 0.22182 without it.
# support28 (WordNet's direct antonyms, merged after eval22 joined): 0.90703 / 0.22115 and 0.90537 / 0.22182 (the lead,
# --part lopo on the merge, twenty-five parts; eval22's verdicts unchanged).
# support31 (event verbs' sides, polarity.py; a cause kept only where a cited sentence links it, causes.py): 0.91102 /
# 0.22115 with the parse, 0.90936 / 0.22182 without (twenty-five parts; 22 planted rows caught, no faithful row lost).
# support30 (who acts told another way: converses.py, agents.py; twenty-five parts, /tmp measure script = the LOPO means
# of benchmarks/bench_support.py --part lopo): 0.90764 / 0.21997 with the parse, 0.90598 / 0.22064 without; the rows of
# eval8, eval13, eval16, eval21 (recall, wrong_actor) and eval11, eval17, eval18, eval22 (ceilings) moved to the worse
# install's measured share.
# support29 (a count the article gives itself, two forms of one word around a figure): 0.21938 with the parse, 0.22005
# without (0.22115 / 0.22182 before); recall unchanged. The ceilings of eval8, eval10-eval12, eval14-eval17 and the
# first evaluation part moved down to the measured shares (the higher of the two installs; one faithful row each).
# After support29, support30, support31 and scale23 merged (the lead, --part lopo on the merge; every part's row checked
# against both runs): twenty-five parts 0.91163 / 0.21820 with the parse, 0.90997 / 0.21887 without; eval23 joined:
# twenty-six parts 0.91053 / 0.22370 with the parse, 0.90882 / 0.22420 without.
# support32 (WordNet synonyms around a figure, check/synonyms.py): 0.22299 with the parse, 0.22349 without, recall
# unchanged; one faithful row cleared in each of eval11, eval20, eval21, eval23, whose ceilings moved down to the
# higher of the two installs' measured shares (eval11 24/156 = 0.1538 both; eval20 90/241 = 0.3734 without the parse,
# 89/241 with it; eval21 85/249 = 0.3414 without, 83/249 with; eval23 94/263 = 0.3574 with, 93/263 without).
# support33 (whose a title, a figure or an act is: owners.py, figure_owners.py, stretches.py, swaps.py, speakers.py,
# standings.py; benchmarks/RESULTS.md "Claim support", support33): twenty-six parts 0.91678 / 0.22370 with the parse,
# 0.91582 / 0.22420 without (0.91053 and 0.90882 at its start, 45d611c); 42 and 47 planted rows caught, no faithful row
# changed. The recall floors of the eighteen parts with a row caught (and their wrong_actor and wrong_figure floors) moved
# up to the lower of the two installs' measured shares.
# support32 and support33 together (the lead, --part lopo on the merge): twenty-six parts 0.91678 / 0.22299 with the
# parse, 0.91582 / 0.22349 without; eval24 joined: twenty-seven parts 0.91522 / 0.22429 with the parse, 0.91417 /
# 0.22492 without (every part's row checked against both runs).
# support34 (negators.py; "and" + an auxiliary, an opening word, a thing lost, a figure's own sentence: benchmarks/
# RESULTS.md "Claim support", support34): twenty-seven parts 0.91550 / 0.22016 with the parse, 0.91445 / 0.21989 without;
# the ceilings of eval4-eval6, eval8, eval9, eval13, eval15, eval16, eval18-eval20, eval22 and eval23 moved down to the
# worse install's measured share.
# support35 (a plan told as done, a report told as confirmed, a comparison turned round, a swap's party told by a
# description, an effect given another cause: factuality.py, comparisons.py, swaps.py, causes.py; benchmarks/RESULTS.md
# "Claim support", support35): twenty-seven parts 0.92110 / 0.22429 with the parse, 0.92004 / 0.22493 without
# (0.91521 and 0.91416 at its start, af7aee7); 27 planted or SmolLM2 errors caught in each install, no faithful,
# supported or SmolLM2-supported row changed. The recall floors of the thirteen parts with a row caught, and the
# floors of the kinds caught there, moved up to the lower of the two installs' measured shares.
# The merge of support34 and support35 and eval25 joined, with the lead's two fixes after its measurement (benchmarks/
# RESULTS.md, "The lead's fixes after the measurement (2026-12-07)"): twenty-eight parts 0.91975 / 0.22392 with the
# parse, 0.91874 / 0.22351 without (every part's row checked against both runs).
# support36 (an average the writer computed: averages.py): 0.91975 / 0.22282 with the parse, 0.91874 / 0.22242
# without (seven faithful rows of eval15, eval16, eval25 cleared, no planted row released).
# eval26 joined (the lead, --part lopo on b38f08c, every merge of the thirtieth round): twenty-nine parts 0.91732 /
# 0.22633 with the parse, 0.91622 / 0.22579 without (eval26 alone 0.8491 / 0.3244 and 0.8456 / 0.3200).
# support37 (a quantity set against another or linked to its value is no actor: relations.py, linking.py): 0.91732 /
# 0.22523 with the parse, 0.91622 / 0.22469 without (seven faithful rows of eval15, eval18, eval19, eval21, eval23
# cleared in both installs, no planted row released).
# eval27 joined (the lead, after the thirty-first round's merges, ef7b820; its row measured alone, the other
# twenty-nine parts as support37 and mend28 measured them, verdicts identical): thirty parts 0.91596 / 0.22898 with
# the parse, 0.91490 / 0.22831 without.
# support38 (schedules, senses, ages, teen numerals, relatives, prizes, moved measures; benchmarks/RESULTS.md "Claim
# support", support38): thirty parts 0.91596 / 0.22504 with the parse, 0.91490 / 0.22438 without (26 faithful rows of
# fifteen parts cleared in both installs, no planted row released); the ceilings of those fifteen parts lowered to the
# worse install's share.
# eval28 joined (the lead, after the thirty-second round's merges, 9e95b52; its row measured alone, the other thirty
# parts as support38, months29 and numerals29 measured them: numerals29 0.91609 with the parse, the no-parse mean
# taken as 0.91490 since its whole run was not measured): thirty-one parts 0.91417 / 0.22709 with the parse, 0.91291 /
# 0.22670 without.
# support39 (a trailing speaker's description, "the world's" before an apposition, a majority from its tally, a
# participle in an apposition, the rest of a share; benchmarks/RESULTS.md "Claim support", support39): thirty-one
# parts 0.91428 / 0.22593 with the parse, 0.91314 / 0.22528 without (11 faithful rows of six parts cleared without the
# parse, 9 with it; eval28's planted ke0388 newly caught; no planted row released).
# eval29 joined (the lead, after the thirty-third round's merges, 3c1b7b3; its row measured alone, the other
# thirty-one parts as support39 measured them): thirty-two parts 0.91459 / 0.22865 with the parse, 0.91339 / 0.22789
# without.
# support40 (a "before"/"after" told the other way round, order.py; benchmarks/RESULTS.md "Claim support", support40):
# thirty-two parts 0.91535 / 0.22865 with the parse, 0.91414 / 0.22789 without (seven planted rows of eval7, eval20,
# eval24, eval25 newly caught; no other row's verdict changes).
# support41 (a quantity moved by its figures, a common-noun subject with the article's verb, "called" read as "said",
# the winner's prize money; benchmarks/RESULTS.md "Claim support", support41): thirty-two parts 0.91535 / 0.22788 with
# the parse, 0.91414 / 0.22713 without (six faithful rows of eval26, eval28, eval29 cleared in both installs; no
# planted row released).
# support42 (an act told done that the cited sentences tell only negated, negated.py; benchmarks/RESULTS.md "Claim
# support", support42): thirty-two parts 0.91558 / 0.22865 with the parse, 0.91437 / 0.22789 without (eval10's h0176
# and eval25's ka0134 newly caught in both installs; no other row's verdict changes).
# Both merged (the lead): support41 only clears faithful rows, support42 only adds a reason to planted ones, so the
# means combine: 0.91558 / 0.22788 with the parse, 0.91437 / 0.22713 without.
# eval30 joined (the lead, after the thirty-fourth round's merges, 435be54; its row measured alone, the other
# thirty-two parts as support41 and support42 measured them): thirty-three parts 0.91538 / 0.22978 with the parse,
# 0.91421 / 0.22918 without.
# support43 (restated.py clears 19 faithful rows, described_speakers.py catches 5 wrong actors; both installs
# measured): 0.91591 / 0.22722 with the parse, 0.91474 / 0.22661 without.
# eval31 joined (the lead, after the thirty-fifth round's merges; its row measured alone, the other thirty-three
# parts as measured on the merged code): thirty-four parts 0.91563 / 0.23077 with the parse, 0.91450 / 0.23030 without.
# support44 (cardinals in words, "take part", "come to" a figure as loose terms of the share; a rate over a stretch of
# time, rates.py; benchmarks/RESULTS.md "Claim support", support44): 26 faithful rows of fifteen parts cleared, the same
# rows in both installs, no planted, SmolLM2 or supported row changes: 0.91563 / 0.22747 with the parse, 0.91450 /
# 0.2270 without (the start's no-parse mean less the same per-part shares). The ceilings of eval11, eval14, eval15,
# eval19-eval23 and eval25-eval31 lowered by the rows each clears, from the worse install's count.
# eval32 joined (the lead, after the thirty-sixth round's merges; its row measured alone: 0.8997 / 0.3954 with the
# parse, 0.8997 / 0.4068 without): thirty-five parts 0.91518 / 0.23227 with the parse, 0.91408 / ~0.2321 without.
# support45 (the sign of a computed difference, signs.py; verbs of one event told with another of its class,
# equivalents.py; benchmarks/RESULTS.md "Claim support", support45): 8 faithful rows of six parts cleared, the same rows
# in both installs, no planted, SmolLM2 or supported row changes its verdict: 0.91518 / 0.23124 with the parse, 0.91408
# / 0.23112 without. The ceilings of eval5, eval15, eval20, eval21, eval24 and eval30 lowered by the rows each clears,
# from the worse install's count.
# support46 (placed.py: an opposite, a share or a counterpart in the cited sentence's frame, a route the other way
# round, the cited number in another unit; benchmarks/RESULTS.md "Claim support", support46): 24 planted rows of
# sixteen parts newly rejected, the same rows in both installs, no faithful, SmolLM2-supported or other row changes:
# 0.91760 / 0.23227 with the parse, ~0.91650 without (the start's no-parse mean plus the same per-part shares). The
# recall floors of those sixteen parts and of the kinds they gain raised by the rows each gains.
# eval33 joined (the lead, after the thirty-seventh round's merges; its row measured alone on 22ad697: 0.9096 / 0.4207
# in both installs): thirty-five parts 0.91760 / 0.23124 with the parse (bench_support --part lopo on the merge of
# support45 and support46: 7,866/8,650 and 1,735/6,605), 0.91650 / 0.23112 without; thirty-six 0.91737 / 0.23650
# with the parse, 0.91631 / 0.23638 without.
MEAN_RECALL_FLOOR = 0.9173 if parse.available() else 0.9163
MEAN_PARAPHRASE_CEILING = 0.2366   # both installs (eval33 joined; 0.2313 over thirty-five parts after support45)


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in (DATA / "sentences.jsonl").open(encoding="utf-8")]


def test_the_set_is_large_varied_and_split_by_article(rows):
    assert len(rows) >= 300
    origins = Counter(r["origin"] for r in rows)
    assert origins["smollm2"] >= 50 and origins["paraphrase"] >= 60 and origins["planted"] >= 150, origins
    assert {r["error"] for r in rows if r["label"] == "unsupported"} >= set(KINDS)
    for r in rows:   # the documented split: odd article numbers calibrate, even ones evaluate
        assert r["split"] == ("calibration" if int(r["article"][1:]) % 2 else "evaluation"), r
    for name in ("cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl"):   # calibration only
        extra = [json.loads(line) for line in (DATA / name).open(encoding="utf-8")]
        assert extra and all(r["split"] == "calibration" for r in extra), name
    raw = [json.loads(line) for line in (DATA / "smollm2_raw.jsonl").open(encoding="utf-8")]
    assert all(r["raw"] for r in raw), "the raw model outputs are kept"


@pytest.fixture(scope="module")
def eval2_rows():
    return [json.loads(line) for line in (DATA / "eval2-sentences.jsonl").open(encoding="utf-8")]


def test_the_second_evaluation_part_is_large_varied_and_separate(eval2_rows):
    arts = [json.loads(line) for line in (DATA / "eval2-articles.jsonl").open(encoding="utf-8")]
    assert len(arts) >= 24 and len(eval2_rows) >= 260
    origins = Counter(r["origin"] for r in eval2_rows)
    assert origins["paraphrase"] >= 80 and origins["smollm2"] >= 1, origins
    assert sum(r["label"] == "unsupported" for r in eval2_rows) >= 180
    assert {r["error"] for r in eval2_rows if r["label"] == "unsupported"} >= set(KINDS)
    assert all(r["split"] == "evaluation2" for r in eval2_rows)
    first = {r["sentence"] for r in (json.loads(line) for line in (DATA / "sentences.jsonl").open(encoding="utf-8"))}
    claims = {r["sentence"] for r in eval2_rows if r["error"] != "content_free"}   # "..." may recur
    assert not first & claims, "no sentence of the first set is reused"
    urls = {a["url"] for a in arts}
    assert all(set(r["cites"]) <= urls for r in eval2_rows)


@pytest.fixture(scope="module")
def eval3_rows():
    return [json.loads(line) for line in (DATA / "eval3-sentences.jsonl").open(encoding="utf-8")]


def test_the_third_evaluation_part_is_large_varied_and_separate(eval3_rows):
    arts = [json.loads(line) for line in (DATA / "eval3-articles.jsonl").open(encoding="utf-8")]
    assert len(arts) >= 18 and len(eval3_rows) >= 200
    assert sum(r["origin"] == "paraphrase" for r in eval3_rows) >= 90
    assert sum(r["label"] == "unsupported" for r in eval3_rows) >= 110
    assert {r["error"] for r in eval3_rows if r["label"] == "unsupported"} >= set(KINDS)
    assert all(r["split"] == "evaluation3" for r in eval3_rows)
    earlier = set()
    for name in ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
                 "eval2-sentences.jsonl"):
        earlier |= {json.loads(line)["sentence"] for line in (DATA / name).open(encoding="utf-8")}
    claims = {r["sentence"] for r in eval3_rows if r["error"] != "content_free"}
    assert not earlier & claims, "no sentence of an earlier part is reused"
    urls = {a["url"] for a in arts}
    assert all(set(r["cites"]) <= urls for r in eval3_rows)


@pytest.fixture(scope="module")
def measured():
    """Every part measured once for the module (the same call bench_support.py --part lopo makes), its claims parsed
    in one batch first (``parse.warm``: each sentence's parse is cached by its text and is the same in any batch, so
    every verdict is too; spaCy takes ~2.6x less time for a batch than for one claim at a time: benchmarks/RESULTS.md,
    citime24)."""
    rows, arts = load_rows(), load_articles()
    out = {}
    for part in FLOORS:
        these = part_rows(rows, part)
        parse.warm(r["sentence"] for r in these)
        out[part] = measure(these, arts)
    return out


def _recall(res: dict) -> float:
    return res["caught"] / res["unsupported"]


def _rejections(res: dict) -> float:
    return res["paraphrases_rejected"] / res["paraphrases"]


@pytest.mark.parametrize("part", FLOORS)
def test_recall_on_unsupported_sentences(measured, part):
    res = measured[part]
    missed = [r["sentence"] for what, r, _ in res["misses"] if what == "missed"]
    assert res["unsupported"] and _recall(res) >= FLOORS[part][0], (part, _recall(res), missed)


@pytest.mark.parametrize("part", FLOORS)
def test_false_rejections_of_faithful_paraphrases(measured, part):
    res = measured[part]
    rejected = [(r["sentence"], v.details) for what, r, v in res["misses"]
                if what == "rejected" and r["origin"] == "paraphrase"]
    assert res["paraphrases"] and _rejections(res) <= FLOORS[part][1], (part, _rejections(res), rejected)


@pytest.mark.parametrize("part,kind", [(p, k) for p, (_r, _c, kinds) in FLOORS.items() for k in kinds])
def test_every_kind_of_error_holds_its_floor(measured, part, kind):
    res = measured[part]
    n = res["by_error"][kind]
    caught = res["caught_by_error"][kind]
    assert n and caught / n >= FLOORS[part][2][kind], (part, kind, caught, n)


def test_the_mean_over_the_calibration_parts(measured):
    parts = [p for p in FLOORS if p != "evaluation"]
    recall = sum(_recall(measured[p]) for p in parts) / len(parts)
    rejections = sum(_rejections(measured[p]) for p in parts) / len(parts)
    assert recall >= MEAN_RECALL_FLOOR and rejections <= MEAN_PARAPHRASE_CEILING, (recall, rejections)
