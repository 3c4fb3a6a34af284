/**
 * The explained CNN: building VGG-style networks, training, evaluation, Keras import, save and
 * load, and extraction of the Z layer and the pre-softmax logits. Built on Deeplearning4j.
 */
package xspace.model;
