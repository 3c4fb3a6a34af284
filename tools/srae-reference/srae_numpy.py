"""SRAE in numpy with hand-written gradients (see srae_reference.py for the objective)."""
import numpy as np

EPS = 1e-8


def relu(x):
    return np.maximum(x, 0)


class NumpySrae:
    """Parameters as in PyTorch's nn.Linear: weight [out × in] and bias, U(−1/√in, 1/√in) for both
    (or, with --init he, He-uniform weights U(−√(6/in), √(6/in)) and zero biases)."""

    def __init__(self, sizes, args):
        self.args = args
        self.rng = np.random.default_rng(args.seed + 1)
        z, h1, h2, n = sizes
        layers = [("W1", z, h1), ("W2", h1, h2), ("W3", h2, n), ("D1", n, h2), ("D2", h2, h1), ("D3", h1, z),
                  ("v", n, 1)]
        self.p = {}
        for name, fan_in, fan_out in layers:
            bound = 1 / np.sqrt(fan_in)
            # --init he: He-uniform weights and zero biases, to measure what initialisation alone does
            scale = np.sqrt(6.0) if args.init == "he" else 1.0
            self.p[name] = self.rng.uniform(-bound * scale, bound * scale, (fan_out, fan_in)).astype(np.float32)
            bias = self.rng.uniform(-bound, bound, fan_out)
            self.p["b" + name] = (bias * 0 if args.init == "he" else bias).astype(np.float32)
        self.m = {k: np.zeros_like(x) for k, x in self.p.items()}
        self.s = {k: np.zeros_like(x) for k, x in self.p.items()}
        self.t = 0
        self.lr = args.lr

    def fit_predictor(self, z, y):
        """Least-squares v and b on the initial x-features (what a trainer may do before fine-tuning)."""
        e = self.x_features(z).astype(np.float64)
        x = np.hstack([e, np.ones((len(e), 1))])
        coef = np.linalg.lstsq(x.T @ x + 1e-6 * np.eye(x.shape[1]) * np.max(np.diag(x.T @ x)), x.T @ y, rcond=None)[0]
        self.p["v"] = coef[:-1].reshape(1, -1).astype(np.float32)
        self.p["bv"] = coef[-1:].astype(np.float32)

    def set_lr(self, lr):
        self.lr = lr

    def v(self):
        return self.p["v"].reshape(-1)

    def _forward(self, z, mask):
        p, c = self.p, {"z": z}
        c["h1"] = relu(z @ p["W1"].T + p["bW1"])
        c["a1"] = c["h1"] * mask if mask is not None else c["h1"]
        c["h2"] = relu(c["a1"] @ p["W2"].T + p["bW2"])
        c["e"] = relu(c["h2"] @ p["W3"].T + p["bW3"])
        c["y"] = (c["e"] @ p["v"].T + p["bv"]).reshape(-1)
        c["d1"] = relu(c["e"] @ p["D1"].T + p["bD1"])
        c["d2"] = relu(c["d1"] @ p["D2"].T + p["bD2"])
        c["r"] = c["d2"] @ p["D3"].T + p["bD3"]
        return c

    def x_features(self, z):
        return self._forward(z, None)["e"]

    def predict(self, z):
        return self._forward(z, None)["y"]

    def loss_and_gradient(self, z, y, w, mask):
        a, p = self.args, self.p
        c = self._forward(z, mask)
        batch, size = z.shape
        g = {}
        err = c["y"] - y
        loss = a.alpha_pred * np.mean(w * err ** 2)
        dy = (a.alpha_pred * 2 * w * err / batch).reshape(-1, 1)
        diff = c["r"] - z
        q_k = np.mean(diff ** 2, axis=0)
        loss += a.alpha_recons * np.mean(np.log1p(a.q * q_k))
        dr = diff * (a.alpha_recons / size * a.q / (1 + a.q * q_k)) * (2 / batch)
        g["v"] = dy.T @ c["e"]
        g["bv"] = dy.sum(0)
        de = dy @ p["v"]
        if a.alpha_pt > 0:
            pt, dpe, dpv = pull_away(c["e"], self.v())
            loss += a.alpha_pt * pt
            de += a.alpha_pt * dpe
            g["v"] += a.alpha_pt * dpv.reshape(1, -1)
        dd2 = self._dense(g, "D3", c["d2"], dr) * (c["d2"] > 0)
        dd1 = self._dense(g, "D2", c["d1"], dd2) * (c["d1"] > 0)
        de += self._dense(g, "D1", c["e"], dd1)
        de *= c["e"] > 0
        dh2 = self._dense(g, "W3", c["h2"], de) * (c["h2"] > 0)
        da1 = self._dense(g, "W2", c["a1"], dh2)
        dh1 = (da1 * mask if mask is not None else da1) * (c["h1"] > 0)
        self._dense(g, "W1", z, dh1)
        return loss, g

    def _dense(self, g, name, x, dout):
        g[name] = dout.T @ x
        g["b" + name] = dout.sum(0)
        return dout @ self.p[name]

    def step(self, z, y, w):
        a = self.args
        mask = None
        if a.dropout > 0:
            mask = (self.rng.random((len(z), self.p["W1"].shape[0])) >= a.dropout) / (1 - a.dropout)
            mask = mask.astype(np.float32)
        _, g = self.loss_and_gradient(z, y, w, mask)
        self.t += 1
        for k, x in self.p.items():
            grad = g[k] + (a.weight_decay * x if not k.startswith("b") else 0)
            self.m[k] = 0.9 * self.m[k] + 0.1 * grad
            self.s[k] = 0.999 * self.s[k] + 0.001 * grad * grad
            m_hat = self.m[k] / (1 - 0.9 ** self.t)
            s_hat = self.s[k] / (1 - 0.999 ** self.t)
            x -= (self.lr * m_hat / (np.sqrt(s_hat) + 1e-8)).astype(np.float32)

    def check_gradient(self, z, y):
        """Largest relative error of the analytic gradient against central differences (float64)."""
        self.p = {k: x.astype(np.float64) for k, x in self.p.items()}
        z, y = z.astype(np.float64), y.astype(np.float64)
        w = np.linspace(0.5, 1.5, len(y))
        _, g = self.loss_and_gradient(z, y, w, None)
        worst = 0.0
        rng = np.random.default_rng(0)
        for k, x in self.p.items():
            for idx in [tuple(rng.integers(0, s) for s in x.shape) for _ in range(5)]:
                old = x[idx]
                x[idx] = old + 1e-6
                up = self.loss_and_gradient(z, y, w, None)[0]
                x[idx] = old - 1e-6
                down = self.loss_and_gradient(z, y, w, None)[0]
                x[idx] = old
                numeric = (up - down) / 2e-6
                worst = max(worst, abs(numeric - g[k][idx]) / max(1e-6, abs(numeric) + abs(g[k][idx])))
        return {"maxRelativeError": worst}


def pull_away(e, v):
    """PT = mean_{a≠b} cos²(F_a, F_b), F = E ⊙ vᵀ, and its gradients with respect to E and v."""
    n = e.shape[1]
    if n < 2:
        return 0.0, np.zeros_like(e), np.zeros_like(v)
    f = e * v
    norms = np.sqrt((f ** 2).sum(0)) + EPS
    s = f / norms
    gram = s.T @ s
    off = gram - np.diag(np.diag(gram))
    pairs = n * (n - 1)
    ds = s @ off * (4 / pairs)
    df = (ds - s * (s * ds).sum(0)) / norms
    return float((off ** 2).sum() / pairs), df * v, (df * e).sum(0)
