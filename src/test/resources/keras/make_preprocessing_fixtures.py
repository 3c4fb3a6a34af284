"""Writes preprocessing_expected.json: one 8-bit RGB image and the logits that tiny_vgg_sequential.h5
gives for it under each input preprocessing mode that `cnn import --preprocessing` offers.

Each mode's input is computed here as Keras' `preprocess_input` defines it (caffe: BGR minus the
ImageNet means; tf: x / 127.5 - 1; torch: x / 255 minus the ImageNet mean, divided by its std;
none: the pixels as they are), and the logits come from the NumPy forward pass of make_fixtures.py
with the same weights, so that nothing of the importer under test is involved.

Run from this folder with python3-numpy (h5py is not needed):  python3 make_preprocessing_fixtures.py
"""
import json

import numpy as np

from make_fixtures import SIZE, forward, weights

IMAGENET_MEAN = np.array([0.485, 0.456, 0.406])
IMAGENET_STD = np.array([0.229, 0.224, 0.225])
CAFFE_MEAN_BGR = np.array([103.939, 116.779, 123.68])

MODES = {
    "caffe": lambda rgb: rgb[..., ::-1] - CAFFE_MEAN_BGR,
    "tf": lambda rgb: rgb / 127.5 - 1.0,
    "torch": lambda rgb: (rgb / 255.0 - IMAGENET_MEAN) / IMAGENET_STD,
    "none": lambda rgb: rgb,
}


def main():
    w = weights()  # the first draws of make_fixtures' generator: the weights in its .h5 files
    image = np.random.default_rng(20261128).integers(0, 256, (SIZE, SIZE, 3))
    logits = {}
    for mode, prepare in MODES.items():
        x = prepare(image.astype(np.float64))[np.newaxis]
        logits[mode] = [float(v) for v in forward(x, w)[1][0]]
    with open("preprocessing_expected.json", "w") as f:
        json.dump({"model": "tiny_vgg_sequential.h5", "image_rgb": image.tolist(), "logits": logits}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
