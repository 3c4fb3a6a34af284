"""Writes a Keras-2 VGG16 or VGG19 `.h5` of real size, for measuring import and fine-tuning.

The weights are RANDOM (seeded, He-normal scaled so that activations stay finite through the 16 or
19 layers): the files are for measuring time and memory, not for predicting anything. The
architecture is that of `keras.applications.VGG16` / `VGG19` with `include_top=True`:
block1_conv1 ... block5_pool, flatten, fc1 (4096, relu), fc2 (4096, relu), predictions (1000,
softmax), input 224 x 224 x 3, channels_last; 138.4 M (VGG16) or 143.7 M (VGG19) float32
parameters, 528 or 549 MiB.

The file layout is the one Keras 2 `model.save()` writes to `.h5` (the layout of the test
fixtures in src/test/resources/keras/make_fixtures.py, whose helpers `keras_h5.py` repeats here):
root attributes `keras_version`, `backend` and `model_config` (a functional `Model` with an
`input_1` InputLayer), group `model_weights` with `layer_names`, and per layer `weight_names` and
the datasets `<layer>/<layer>/kernel:0` and `bias:0`.

Needs h5py and NumPy only (Debian: apt-get install python3-h5py python3-numpy), no Keras:

    /usr/bin/python3 tools/keras-vgg/make_keras_vgg.py vgg16 /tmp/vgg16.h5 [--seed 1]
    /usr/bin/python3 tools/keras-vgg/make_keras_vgg.py vgg19 /tmp/vgg19.h5
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import keras_h5  # noqa: E402

SIZE = 224
CLASSES = 1000

# filters per block and convolutions per block
BLOCKS = {
    "vgg16": [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)],
    "vgg19": [(64, 2), (128, 2), (256, 4), (512, 4), (512, 4)],
}


def layers(name):
    out = []
    for b, (filters, count) in enumerate(BLOCKS[name], start=1):
        for c in range(1, count + 1):
            out.append(keras_h5.conv(f"block{b}_conv{c}", filters))
        out.append(keras_h5.pool(f"block{b}_pool"))
    out += [keras_h5.flatten("flatten"), keras_h5.dense("fc1", 4096, "relu"),
            keras_h5.dense("fc2", 4096, "relu"), keras_h5.dense("predictions", CLASSES, "softmax")]
    return out


def random_weights(model_layers, seed):
    """He-normal kernels (std sqrt(2 / fan_in)), small biases, float32, per layer with weights."""
    rng = np.random.default_rng(seed)
    weights, channels, side = {}, 3, SIZE
    for layer in model_layers:
        config = layer["config"]
        if layer["class_name"] == "Conv2D":
            filters = config["filters"]
            fan_in = 9 * channels
            kernel = rng.standard_normal((3, 3, channels, filters), dtype=np.float32)
            kernel *= np.float32(np.sqrt(2.0 / fan_in))
            weights[config["name"]] = [kernel, np.full(filters, 0.01, dtype=np.float32)]
            channels = filters
        elif layer["class_name"] == "MaxPooling2D":
            side //= 2
        elif layer["class_name"] == "Dense":
            fan_in = side * side * channels
            units = config["units"]
            kernel = rng.standard_normal((fan_in, units), dtype=np.float32)
            kernel *= np.float32(np.sqrt(2.0 / fan_in))
            weights[config["name"]] = [kernel, np.zeros(units, dtype=np.float32)]
            side, channels = 1, units
    return weights


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", choices=sorted(BLOCKS))
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    model_layers = layers(args.model)
    config = keras_h5.functional_config(model_layers, args.model, SIZE)
    weights = random_weights(model_layers, args.seed)
    keras_h5.write(args.out, config, weights)
    count = sum(a.size for arrays in weights.values() for a in arrays)
    print(f"{args.out}: {args.model}, {len(weights)} layers with weights, {count:,} random parameters")


if __name__ == "__main__":
    main()
