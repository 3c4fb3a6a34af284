/**
 * The concept view: one x-feature across a gallery of images, where experts name it and vote
 * whether to trust it, with faithfulness with and without distrusted x-features.
 */
package xspace.app.concept;
