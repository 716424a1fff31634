"""The numpy reference of issue #19 for bench's B3, on one thread: circle data, 2000 points, a 2-64-64-1 network
(ReLU hidden layers, a sigmoid output), binary cross-entropy, full-batch SGD 0.1, 200 epochs, float64, written
as numpy users write it (X @ W.T, masks for ReLU's slope). Prints one JSON line: ms per epoch (the median of
REPEAT timed runs after a warm-up run, as `gradlab bench` does; also the thread's CPU ms per epoch) and GFLOP/s by bench's own count of the
products' operations (50.9 million per epoch). Usage: python3 b3_numpy.py [REPEAT]"""
import os
os.environ["OPENBLAS_NUM_THREADS"] = "1"     # before numpy loads OpenBLAS: one thread, as gradlab trains
os.environ["OMP_NUM_THREADS"] = "1"
import json, sys, time
import numpy as np

N, EPOCHS, LR = 2000, 200, 0.1
UNITS = [2, 64, 64, 1]
FLOPS = sum(2 * N * UNITS[l] * UNITS[l + 1] * (2 if l == 0 else 3) for l in range(3))


def data(seed=1):
    rng = np.random.default_rng(seed)
    r = np.where(np.arange(N) % 2 == 0, rng.uniform(0, 2.5, N), rng.uniform(3.5, 5, N))
    angle = rng.uniform(0, 2 * np.pi, N)
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x, (r < 3).astype(np.float64).reshape(N, 1)


def network(seed=1):
    rng = np.random.default_rng(seed)
    return ([rng.uniform(-0.5, 0.5, (UNITS[l + 1], UNITS[l])) for l in range(3)],
            [np.full(UNITS[l + 1], 0.1) for l in range(3)])


def train(x, t):
    w, b = network()
    loss = None
    for _ in range(EPOCHS):
        z1 = x @ w[0].T + b[0]; a1 = np.maximum(z1, 0)
        z2 = a1 @ w[1].T + b[1]; a2 = np.maximum(z2, 0)
        z3 = a2 @ w[2].T + b[2]; a3 = 1 / (1 + np.exp(-z3))
        eps = 1e-12
        loss = -np.mean(t * np.log(a3 + eps) + (1 - t) * np.log(1 - a3 + eps))
        g3 = (a3 - t) / N                        # sigmoid and cross-entropy together
        gw2 = g3.T @ a2; gb2 = g3.sum(axis=0)
        g2 = (g3 @ w[2]) * (z2 > 0)
        gw1 = g2.T @ a1; gb1 = g2.sum(axis=0)
        g1 = (g2 @ w[1]) * (z1 > 0)
        gw0 = g1.T @ x; gb0 = g1.sum(axis=0)
        for p, g in ((w[2], gw2), (b[2], gb2), (w[1], gw1), (b[1], gb1), (w[0], gw0), (b[0], gb0)):
            p -= LR * g
    return loss


def blas():
    """The BLAS library numpy loaded (Debian's python3-numpy takes whichever libblas.so.3 is first: the
    reference BLAS of libblas3 unless OpenBLAS is installed or put first on LD_LIBRARY_PATH)."""
    with open("/proc/self/maps") as maps:
        libraries = sorted({line.split()[-1] for line in maps if "blas" in line or "lapack" in line})
    return " ".join(libraries)


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    x, t = data()
    train(x, t)                                   # warm-up, as bench does
    ms, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        loss = train(x, t)
        ms.append((time.perf_counter() - start) * 1000 / EPOCHS)
        cpu.append((time.thread_time() - start_cpu) * 1000 / EPOCHS)
    ms.sort()
    cpu.sort()
    median = ms[len(ms) // 2]
    print(json.dumps({"msPerEpoch": median, "cpuMsPerEpoch": cpu[len(cpu) // 2], "best": ms[0], "gflops": FLOPS / (median / 1000) / 1e9,
                      "productFlopsPerEpoch": FLOPS, "finalLoss": float(loss), "numpy": np.__version__, "blas": blas()}))


if __name__ == "__main__":
    main()
