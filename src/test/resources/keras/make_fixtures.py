"""Writes the small Keras HDF5 files that the Keras import tests read, and their expected outputs.

The files follow the layout that Keras 2 `model.save()` writes to `.h5` (root attributes
`keras_version`, `backend`, `model_config`; group `model_weights` with `layer_names` and, per
layer, `weight_names` and the weight datasets). They are written with h5py alone so that no Keras
installation is needed, and the expected outputs come from a plain NumPy forward pass written
here, independent of the importer under test.

Run from this folder with Debian's python3-h5py and python3-numpy:  python3 make_fixtures.py
"""
import sys
from pathlib import Path

import numpy as np

# the Keras-2 layout lives with the real-size VGG writer
sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "tools" / "keras-vgg"))
import keras_h5  # noqa: E402
from keras_h5 import dense, flatten, pool, write  # noqa: E402,F401

rng = np.random.default_rng(20261126)
SIZE = 16


def conv(name, filters, first=False):
    layer = keras_h5.conv(name, filters)
    if first:
        layer["config"]["batch_input_shape"] = [None, SIZE, SIZE, 3]
    return layer


def lambda_layer(name):
    return {"class_name": "Lambda", "config": {"name": name, "trainable": True, "dtype": "float32",
                                               "function": ["4wEAAAAAAAAA", None, None],
                                               "function_type": "lambda", "output_shape": None,
                                               "output_shape_type": "raw", "arguments": {}}}


LAYERS = [conv("block1_conv1", 4, first=True), pool("block1_pool"), conv("block2_conv1", 8),
          pool("block2_pool"), flatten("flatten"), dense("fc1", 16, "relu"),
          dense("predictions", 3, "softmax")]


def weights():
    w = {}
    w["block1_conv1"] = [rng.normal(0, 0.4, (3, 3, 3, 4)), rng.normal(0, 0.1, 4)]
    w["block2_conv1"] = [rng.normal(0, 0.3, (3, 3, 4, 8)), rng.normal(0, 0.1, 8)]
    w["fc1"] = [rng.normal(0, 0.2, (128, 16)), rng.normal(0, 0.1, 16)]
    w["predictions"] = [rng.normal(0, 0.4, (16, 3)), rng.normal(0, 0.1, 3)]
    return {k: [a.astype(np.float32) for a in v] for k, v in w.items()}


def functional_config(layers):
    return keras_h5.functional_config(layers, "tiny_vgg", SIZE)


def forward(x, w):
    def conv2d(a, kernel, bias):
        padded = np.pad(a, ((0, 0), (1, 1), (1, 1), (0, 0)))
        out = np.zeros(a.shape[:3] + (kernel.shape[3],), dtype=np.float64)
        for dy in range(3):
            for dx in range(3):
                out += np.einsum("nhwc,co->nhwo", padded[:, dy:dy + a.shape[1], dx:dx + a.shape[2], :],
                                 kernel[dy, dx])
        return np.maximum(out + bias, 0)

    def maxpool(a):
        n, h, wd, c = a.shape
        return a.reshape(n, h // 2, 2, wd // 2, 2, c).max(axis=(2, 4))

    a = maxpool(conv2d(x, *w["block1_conv1"]))
    a = maxpool(conv2d(a, *w["block2_conv1"]))
    a = a.reshape(a.shape[0], -1)
    fc1 = np.maximum(a @ w["fc1"][0] + w["fc1"][1], 0)
    logits = fc1 @ w["predictions"][0] + w["predictions"][1]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return fc1, logits, e / e.sum(axis=1, keepdims=True)


def main():
    w = weights()
    sequential = {"class_name": "Sequential", "config": {"name": "tiny_vgg", "layers": LAYERS}}
    write("tiny_vgg_sequential.h5", sequential, w)
    write("tiny_vgg_functional.h5", functional_config(LAYERS), w)
    write("tiny_vgg_weights_only.h5", sequential, w, with_config=False)
    unsupported = {"class_name": "Sequential", "config": {"name": "with_lambda",
                                                          "layers": LAYERS[:5] + [lambda_layer("custom")]
                                                          + LAYERS[5:]}}
    write("tiny_vgg_unsupported_layer.h5", unsupported, w)
    # a dense kernel one input row short, and a convolution kernel with one input channel too few
    write("tiny_vgg_wrong_kernel_shape.h5", sequential,
          dict(w, predictions=[w["predictions"][0][:15], w["predictions"][1]]))
    write("tiny_vgg_wrong_conv_shape.h5", functional_config(LAYERS),
          dict(w, block2_conv1=[w["block2_conv1"][0][:, :, :3, :], w["block2_conv1"][1]]))
    x = rng.uniform(-60, 60, (4, SIZE, SIZE, 3)).astype(np.float32)
    fc1, logits, probabilities = forward(x.astype(np.float64), w)
    np.save("input_nhwc.npy", x)
    np.save("expected_fc1.npy", fc1.astype(np.float32))
    np.save("expected_logits.npy", logits.astype(np.float32))
    np.save("expected_probabilities.npy", probabilities.astype(np.float32))


if __name__ == "__main__":
    main()
