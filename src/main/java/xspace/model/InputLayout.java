package xspace.model;

/**
 * The order of a convolutional network's input dimensions. Networks built here are NCHW; Keras
 * imports keep Keras' channels-last NHWC.
 */
public enum InputLayout {
    NCHW, NHWC
}
