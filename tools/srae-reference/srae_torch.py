"""SRAE in PyTorch with autograd: the same model, objective and optimiser as srae_numpy.py.

`--backend torch` of srae_reference.py selects it (needs torch; the CPU build is enough). Random
streams differ from the numpy back end, so figures agree within the spread between seeds, not
digit for digit (docs/explanation-modules.md).
"""
import numpy as np
import torch
from torch import nn


class _Net(nn.Module):
    def __init__(self, sizes, dropout):
        super().__init__()
        z, h1, h2, n = sizes
        self.encoder = nn.Sequential(nn.Linear(z, h1), nn.ReLU(), nn.Dropout(dropout), nn.Linear(h1, h2), nn.ReLU(),
                                     nn.Linear(h2, n), nn.ReLU())
        self.decoder = nn.Sequential(nn.Linear(n, h2), nn.ReLU(), nn.Linear(h2, h1), nn.ReLU(), nn.Linear(h1, z))
        self.predictor = nn.Linear(n, 1)


class TorchSrae:
    def __init__(self, sizes, args):
        torch.manual_seed(args.seed + 1)
        self.args = args
        self.net = _Net(sizes, args.dropout)
        weights = [p for name, p in self.net.named_parameters() if name.endswith("weight")]
        biases = [p for name, p in self.net.named_parameters() if name.endswith("bias")]
        self.optimiser = torch.optim.Adam([{"params": weights, "weight_decay": args.weight_decay},
                                           {"params": biases, "weight_decay": 0.0}], lr=args.lr)

    def set_lr(self, lr):
        for group in self.optimiser.param_groups:
            group["lr"] = lr

    def v(self):
        return self.net.predictor.weight.detach().numpy().reshape(-1)

    def step(self, z, y, w):
        a = self.args
        self.net.train()
        z, y, w = torch.from_numpy(z), torch.from_numpy(y), torch.from_numpy(w)
        e = self.net.encoder(z)
        ybar = self.net.predictor(e).reshape(-1)
        r = self.net.decoder(e)
        loss = a.alpha_pred * torch.mean(w * (ybar - y) ** 2)
        q_k = torch.mean((r - z) ** 2, dim=0)
        loss = loss + a.alpha_recons * torch.mean(torch.log1p(a.q * q_k))
        if a.alpha_pt > 0:
            loss = loss + a.alpha_pt * pull_away(e * self.net.predictor.weight.reshape(1, -1))
        self.optimiser.zero_grad()
        loss.backward()
        self.optimiser.step()

    @torch.no_grad()
    def x_features(self, z):
        self.net.eval()
        return self.net.encoder(torch.from_numpy(np.ascontiguousarray(z))).numpy()

    @torch.no_grad()
    def predict(self, z):
        self.net.eval()
        e = self.net.encoder(torch.from_numpy(np.ascontiguousarray(z)))
        return self.net.predictor(e).reshape(-1).numpy()

    def check_gradient(self, z, y):
        return {"maxRelativeError": None, "note": "autograd; nothing to check"}


def pull_away(f):
    """Mean over a≠b of the squared cosine similarity between columns a and b of f."""
    n = f.shape[1]
    s = f / (f.norm(dim=0, keepdim=True) + 1e-8)
    gram = s.t() @ s
    off = gram - torch.diag(torch.diag(gram))
    return (off ** 2).sum() / (n * (n - 1))
