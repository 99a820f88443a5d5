/**
 * Reminders: when each practice's nudge goes out in the client's own time, sending each
 * exactly once through PostgreSQL, by email and a personal calendar feed, and the log of
 * what was sent.
 */
package org.bridgework.reminders;
