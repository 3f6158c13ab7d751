/**
 * Layer annotations, one per Keras layer class and named exactly like it. Put one on each abstract
 * method of a {@link dev.shapecheck.Sequential} interface; attributes are the Keras constructor
 * arguments in lowerCamelCase, and a one-element tuple argument applies to every spatial axis.
 */
package dev.shapecheck.layers;
