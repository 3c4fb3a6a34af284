"""PyTorch's CPU forward pass of VGG19 at 224 × 224, for comparison with `xspace bench --vgg19`.

Same work as XSpace's measurement: random weights, batch 4, forward only (eval mode, no gradient),
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
import torchvision

GFLOP_PER_IMAGE = 39.3


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--batches", type=int, default=5)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    model = torchvision.models.vgg19(weights=None).eval()
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
