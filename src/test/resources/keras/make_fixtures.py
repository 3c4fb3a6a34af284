"""Writes the small Keras HDF5 files that the Keras import tests read, and their expected outputs.

The files follow the layout that Keras 2 `model.save()` writes to `.h5` (root attributes
`keras_version`, `backend`, `model_config`; group `model_weights` with `layer_names` and, per
layer, `weight_names` and the weight datasets). They are written with h5py alone so that no Keras
installation is needed, and the expected outputs come from a plain NumPy forward pass written
here, independent of the importer under test.

Run from this folder with Debian's python3-h5py and python3-numpy:  python3 make_fixtures.py
"""
import json

import numpy as np

rng = np.random.default_rng(20261126)
SIZE = 16


def init(kind):
    if kind == "kernel":
        return {"class_name": "GlorotUniform", "config": {"seed": None}}
    return {"class_name": "Zeros", "config": {}}


def conv(name, filters, first=False):
    config = {"name": name, "trainable": True, "dtype": "float32", "filters": filters,
              "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
              "data_format": "channels_last", "dilation_rate": [1, 1], "activation": "relu",
              "use_bias": True, "kernel_initializer": init("kernel"), "bias_initializer": init("bias"),
              "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
              "kernel_constraint": None, "bias_constraint": None}
    if first:
        config["batch_input_shape"] = [None, SIZE, SIZE, 3]
    return {"class_name": "Conv2D", "config": config}


def pool(name):
    return {"class_name": "MaxPooling2D", "config": {
        "name": name, "trainable": True, "dtype": "float32", "pool_size": [2, 2], "padding": "valid",
        "strides": [2, 2], "data_format": "channels_last"}}


def flatten(name):
    return {"class_name": "Flatten", "config": {"name": name, "trainable": True, "dtype": "float32",
                                                "data_format": "channels_last"}}


def dense(name, units, activation):
    return {"class_name": "Dense", "config": {
        "name": name, "trainable": True, "dtype": "float32", "units": units, "activation": activation,
        "use_bias": True, "kernel_initializer": init("kernel"), "bias_initializer": init("bias"),
        "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
        "kernel_constraint": None, "bias_constraint": None}}


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
    out, previous = [], None
    first = dict(layers[0])
    input_layer = {"name": "input_1", "class_name": "InputLayer", "config": {
        "batch_input_shape": [None, SIZE, SIZE, 3], "dtype": "float32", "sparse": False, "name": "input_1"},
                   "inbound_nodes": []}
    out.append(input_layer)
    previous = "input_1"
    for layer in layers:
        config = {k: v for k, v in layer["config"].items() if k != "batch_input_shape"}
        out.append({"name": config["name"], "class_name": layer["class_name"], "config": config,
                    "inbound_nodes": [[[previous, 0, 0, {}]]]})
        previous = config["name"]
    return {"class_name": "Model", "config": {"name": "tiny_vgg", "layers": out,
                                              "input_layers": [["input_1", 0, 0]],
                                              "output_layers": [[previous, 0, 0]]}}


def write(path, model_config, w, with_config=True):
    import h5py  # here, so that the weights and forward pass can be imported where h5py is missing

    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = np.bytes_("2.2.4")
        f.attrs["backend"] = np.bytes_("tensorflow")
        if with_config:
            f.attrs["model_config"] = np.bytes_(json.dumps(model_config))
        group = f.create_group("model_weights") if with_config else f
        names = [layer["config"]["name"] for layer in model_config_layers(model_config)]
        group.attrs["layer_names"] = np.array([n.encode("utf8") for n in names])
        group.attrs["keras_version"] = np.bytes_("2.2.4")
        group.attrs["backend"] = np.bytes_("tensorflow")
        for name in names:
            g = group.create_group(name)
            arrays = w.get(name, [])
            weight_names = [f"{name}/kernel:0", f"{name}/bias:0"][:len(arrays)]
            g.attrs["weight_names"] = np.array([n.encode("utf8") for n in weight_names], dtype="S")
            for weight_name, array in zip(weight_names, arrays):
                g.create_dataset(weight_name, data=array)


def model_config_layers(model_config):
    return model_config["config"]["layers"] if isinstance(model_config["config"], dict) \
        else model_config["config"]


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
