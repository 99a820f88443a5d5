/**
 * Homework: assignments planned with the client, the entries and skips that come back,
 * today's list and adherence.
 */
package org.bridgework.homework;
