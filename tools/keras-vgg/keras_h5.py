"""The Keras-2 `.h5` layout, written with h5py alone: layer configurations and the file writer.

Shared by make_keras_vgg.py and by the writer of the import tests' fixtures
(src/test/resources/keras/make_fixtures.py).
"""
import json

import numpy as np


def init(kind):
    if kind == "kernel":
        return {"class_name": "GlorotUniform", "config": {"seed": None}}
    return {"class_name": "Zeros", "config": {}}


def conv(name, filters):
    return {"class_name": "Conv2D", "config": {
        "name": name, "trainable": True, "dtype": "float32", "filters": filters,
        "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
        "data_format": "channels_last", "dilation_rate": [1, 1], "activation": "relu",
        "use_bias": True, "kernel_initializer": init("kernel"), "bias_initializer": init("bias"),
        "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
        "kernel_constraint": None, "bias_constraint": None}}


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


def functional_config(layers, model_name, size):
    """A functional Model: an `input_1` InputLayer of size x size x 3, then `layers` in a chain."""
    out = [{"name": "input_1", "class_name": "InputLayer", "config": {
        "batch_input_shape": [None, size, size, 3], "dtype": "float32", "sparse": False, "name": "input_1"},
            "inbound_nodes": []}]
    previous = "input_1"
    for layer in layers:
        config = {k: v for k, v in layer["config"].items() if k != "batch_input_shape"}
        out.append({"name": config["name"], "class_name": layer["class_name"], "config": config,
                    "inbound_nodes": [[[previous, 0, 0, {}]]]})
        previous = config["name"]
    return {"class_name": "Model", "config": {"name": model_name, "layers": out,
                                              "input_layers": [["input_1", 0, 0]],
                                              "output_layers": [[previous, 0, 0]]}}


def write(path, model_config, weights, with_config=True):
    """The file `model.save()` writes: configuration attributes and `model_weights`; without the
    configuration, the layout of `model.save_weights()` (weights at the root)."""
    import h5py  # here, so that the layer configurations can be imported where h5py is missing

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
            arrays = weights.get(name, [])
            weight_names = [f"{name}/kernel:0", f"{name}/bias:0"][:len(arrays)]
            g.attrs["weight_names"] = np.array([n.encode("utf8") for n in weight_names], dtype="S")
            for weight_name, array in zip(weight_names, arrays):
                g.create_dataset(weight_name, data=array)


def model_config_layers(model_config):
    return model_config["config"]["layers"] if isinstance(model_config["config"], dict) \
        else model_config["config"]
