"""PyTorch's CPU forward pass of VGG19 at 224 × 224, for comparison with `xspace bench --vgg19`.

Same work as XSpace's measurement: torchvision's VGG19 layers (built here from torch.nn, so that
only torch is needed), random weights, batch 4, forward only (eval mode, no gradient),
one untimed batch, then --batches timed batches; prints images per second and GFLOP/s (39.3 GFLOP
per image, as `xspace bench` counts it). Threads default to 2, as on the build machine; run both
commands one after the other on the same machine, alternating a few rounds.

    python3 tools/pytorch-bench/vgg19_cpu.py --threads 2 --batches 5
"""
import argparse
import json
import statistics
import time

import torch
from torch import nn

GFLOP_PER_IMAGE = 39.3
# torchvision's configuration "E": 3×3 convolutions (padding 1) with their channel counts, "M" a 2×2 max-pool
VGG19 = [64, 64, "M", 128, 128, "M", 256, 256, 256, 256, "M", 512, 512, 512, 512, "M", 512, 512, 512, 512, "M"]


def vgg19(classes=1000):
    """torchvision.models.vgg19(weights=None): features, 7×7 adaptive average pool, classifier."""
    layers, channels = [], 3
    for item in VGG19:
        if item == "M":
            layers.append(nn.MaxPool2d(2, 2))
        else:
            layers += [nn.Conv2d(channels, item, 3, padding=1), nn.ReLU(inplace=True)]
            channels = item
    return nn.Sequential(*layers, nn.AdaptiveAvgPool2d((7, 7)), nn.Flatten(),
                         nn.Linear(512 * 7 * 7, 4096), nn.ReLU(inplace=True), nn.Dropout(),
                         nn.Linear(4096, 4096), nn.ReLU(inplace=True), nn.Dropout(),
                         nn.Linear(4096, classes))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--batches", type=int, default=5)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    model = vgg19().eval()
    x = torch.rand(args.batch, 3, 224, 224)
    with torch.inference_mode():
        model(x)
        seconds = []
        for _ in range(args.batches):
            start = time.perf_counter()
            model(x)
            seconds.append(time.perf_counter() - start)
    per_second = args.batch / statistics.median(seconds)
    print(json.dumps({"imagesPerSecond": per_second, "gflopPerSecond": per_second * GFLOP_PER_IMAGE,
                      "threads": args.threads, "batch": args.batch, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
