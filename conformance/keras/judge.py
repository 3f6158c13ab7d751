#!/usr/bin/env python3
"""CI's Keras 3 step: every corpus model built once, what oracle.py, tojson.py and summaries.py
record taken from it, in as many worker processes as there are cores.

The three scripts each build every corpus model: together that is three builds a model, and the
three files sets they write (expected/keras/, expected/keras-json/, expected/keras/summaries/)
are what CI regenerates on every run. This script builds and runs each corpus model once, as
keras/oracle.py does, and from that model records its verdict (oracle.py's record), when it is
valid its to_json() checked to rebuild unchanged (tojson.py's record) and its summary texts
(summaries.py's, which also builds summary-models.json and the examples); the files it writes or
checks are byte for byte the scripts' own. The models are shared out among worker processes
(one per core, at most --workers), each importing Keras once; every model is built in a fresh
naming scope, so which worker builds it does not matter.

The three scripts stay, for one corpus file at a time while a layer is developed.

Usage (from conformance/, with the venv the oracle profile makes, see README.md):
    python keras/judge.py [--check | --write] [--workers N]
"""
import json
import multiprocessing
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (sets up the environment before TensorFlow loads)
import summaries  # noqa: E402
import tojson  # noqa: E402

KERAS = None
CORPUS = {}
OTHERS = []


def start_worker():
    """A worker's start: Keras imported once, one TensorFlow thread (the workers are the
    parallelism), the version checked as the scripts check it."""
    global KERAS
    import warnings

    KERAS = summaries.import_keras()
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    warnings.simplefilter("ignore")


def corpus(stem):
    if stem not in CORPUS:
        with open(os.path.join(oracle.CORPUS, stem + ".json"), encoding="utf-8") as f:
            CORPUS[stem] = json.load(f)
    return CORPUS[stem]


def other_models():
    """summaries.other_models(), listed once a process: listing reads every example's Keras JSON.
    Its builders are lazy, so the parent, which has no Keras, lists them too."""
    if not OTHERS:
        OTHERS.extend(summaries.other_models(KERAS))
    return OTHERS


def judge(item):
    """What one work item gives: ("corpus", stem, index) a corpus model's oracle record, its
    to_json record (or None) and its summary entries; ("other", index) one summary-models.json
    model's or example's summary entries."""
    keras = KERAS
    if item[0] == "other":
        key, build, as_text = other_models()[item[1]]
        with keras.StatelessScope(initialize_variables=False):
            return item, None, None, summaries.model_entries(key, build(), as_text)
    _, stem, index = item
    model = corpus(stem)[index]
    keep = {}
    functional = bool(model.get("functional"))
    record = (oracle.evaluate_functional if functional else oracle.evaluate)(model, keep)
    if not record["valid"]:
        return item, record, None, []
    key = f"corpus/{stem}/{model['name']}"
    as_text = model["name"] in summaries.SELECTED.get(stem, [])
    entries = []
    if "kerasOpen" not in model:
        entries = summaries.model_entries(key, keep["model"], as_text)
    json_record = None
    if "kerasOpen" not in model:
        if functional:
            try:
                built = tojson.functional_model(keras, model, keep["inputs"], keep["tensors"])
            except Exception as e:  # noqa: BLE001 - as tojson.record records it
                built = {"name": model["name"], "notBuilt": oracle.first_line(e)}
        else:
            built = keep["model"]
        json_record = built if isinstance(built, dict) else tojson.recorded(keras, model["name"], built)
    return item, record, json_record, entries


def work_items():
    """Every model to judge, the slowest first (the examples: Keras Applications of up to a
    thousand layers), so that no worker is left with one at the end."""
    stems = sorted(f[:-5] for f in os.listdir(oracle.CORPUS) if f.endswith(".json"))
    for stem in stems:
        names = {m["name"] for m in corpus(stem)}
        unknown = set(summaries.SELECTED.get(stem, [])) - names
        if unknown:
            raise SystemExit(f"corpus/{stem}.json has no model {sorted(unknown)}")
    others = [("other", i) for i in range(len(other_models()))]
    return others + [("corpus", stem, index) for stem in stems
                     for index, model in enumerate(corpus(stem)) if "keras2" not in model]


def cpu_seconds():
    """The CPU time of this process and of its workers, which have ended."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def main():
    args = sys.argv[1:]
    workers = os.cpu_count() or 1
    if "--workers" in args:
        at = args.index("--workers")
        workers = int(args[at + 1])
        del args[at:at + 2]
    check = args == ["--check"]
    if args not in ([], ["--check"], ["--write"]):
        print(f"{' '.join(sys.argv[1:])}: usage: judge.py [--check | --write] [--workers N]",
              file=sys.stderr)
        sys.exit(2)
    started = time.time()
    items = work_items()
    results = {}
    context = multiprocessing.get_context("spawn")
    with context.Pool(max(1, workers), initializer=start_worker) as pool:
        for result in pool.imap_unordered(judge, items, chunksize=4):
            results[result[0]] = result
    differing = []
    oracle_models = json_models = 0
    entries = []
    built = set()
    stems = sorted({item[1] for item in items if item[0] == "corpus"})
    for item in items:
        entries += results[item][3]
        if item[0] == "other":
            built.add(other_models()[item[1]][0])
    for stem in stems:
        mine = [results[item] for item in items if item[0] == "corpus" and item[1] == stem]
        records = [r[1] for r in mine]
        oracle_models += len(records)
        file = stem + ".json"
        if oracle.settle(check, os.path.join(oracle.EXPECTED, file), oracle.render(records),
                         f"expected/keras/{file}"):
            differing.append(f"expected/keras/{file}")
        recorded = [r[2] for r in mine if r[2] is not None]
        json_models += len(recorded)
        if recorded and oracle.settle(
                check, os.path.join(tojson.EXPECTED, file), tojson.render(recorded),
                f"expected/keras-json/{file}"):
            differing.append(f"expected/keras-json/{file}")
        summarized = {r[1]["name"] for r in mine if r[3]}
        for name in summaries.SELECTED.get(stem, []):
            if name not in summarized:
                raise SystemExit(f"corpus/{stem}/{name} is selected, but not a model Keras "
                                 "judges valid")
    files = summaries.assemble(entries, built)
    differing += summaries.settle_all(check, files)
    print(f"keras-judge: keras {oracle.KERAS_VERSION}: {oracle_models} corpus models judged, "
          f"{json_models} to_json() recorded, {len(files)} summary files, {len(differing)} "
          f"differing files" + (f" ({', '.join(differing)})" if differing else "")
          + f" ({workers} workers, {time.time() - started:.0f} s, {cpu_seconds():.0f} s of CPU)")
    if differing:
        print("The committed files are not what Keras gives: run `python keras/judge.py --write`"
              " in conformance/ and review the diff.")
        sys.exit(1)


if __name__ == "__main__":
    main()
