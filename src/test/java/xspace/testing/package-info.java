/** What tests of several packages share: a tiny workspace built with the command line, scratch folders. */
package xspace.testing;
