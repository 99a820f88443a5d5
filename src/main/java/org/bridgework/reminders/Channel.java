package org.bridgework.reminders;

/**
 * How a reminder reaches the client. The calendar feed is not one: the client's calendar
 * fetches it and raises its own alarms, so nothing is sent.
 */
enum Channel {

	EMAIL

}
