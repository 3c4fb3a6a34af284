/**
 * Synthetic birds in the CUB-200-2011 layout: species defined by the attributes of their parts
 * (each species differs from its nearest species in one to three body regions), rendered with
 * Java2D in varied poses, backgrounds and lighting, with part locations and bounding boxes taken
 * from the renderer's own geometry. Output is byte-identical for the same options and seed.
 */
package xspace.data.synth;
