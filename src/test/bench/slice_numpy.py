"""The numpy reference of issue #9: a 2-8-8-8-1 tanh network's quadratic loss over a 101x101 grid of
two first-layer weights, batched over all grid points at once."""
import sys, time
import numpy as np

rng = np.random.default_rng(1)
m, n = 250, 101
X = rng.normal(size=(m, 2)); T = rng.uniform(size=(m, 1))
W = [rng.normal(size=(8, 2)), rng.normal(size=(8, 8)), rng.normal(size=(8, 8)), rng.normal(size=(1, 8))]
B = [rng.normal(size=8), rng.normal(size=8), rng.normal(size=8), rng.normal(size=1)]
gx = W[0][0, 0] + np.linspace(-2, 2, n); gy = W[0][0, 1] + np.linspace(-2, 2, n)
GX, GY = np.meshgrid(gx, gy)                      # grid points G = n*n
W1 = np.broadcast_to(W[0], (n * n, 8, 2)).copy()
W1[:, 0, 0] = GX.ravel(); W1[:, 0, 1] = GY.ravel()
A = np.tanh(np.matmul(X, W1.transpose(0, 2, 1)) + B[0])   # G x m x 8
for l in (1, 2, 3):
    A = np.tanh(A @ W[l].T + B[l])
loss = (0.5 * ((A - T) ** 2).sum(axis=2)).mean(axis=1).reshape(n, n)
print(loss[n // 2, n // 2])
