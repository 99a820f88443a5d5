package org.bridgework.reminders;

/**
 * How a reminder reaches the client: an email, or a notification from the installed web
 * app through the browser's push service. The calendar feed is not one: the client's
 * calendar fetches it and raises its own alarms, so nothing is sent.
 */
enum Channel {

	EMAIL, PUSH

}
