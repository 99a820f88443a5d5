/**
 * The homework library: templates as data, every version kept, and the rules answers must
 * follow.
 */
package org.bridgework.library;
