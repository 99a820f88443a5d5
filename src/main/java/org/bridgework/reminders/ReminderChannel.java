package org.bridgework.reminders;

import java.util.List;
import java.util.Map;

import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.reminders.Outcome.Refusal;
import org.bridgework.reminders.Recipients.Recipient;

/**
 * One way a claimed reminder reaches the client: email or web push. The dispatcher claims
 * a channel's due reminders, leaves out those no longer needed, hands the rest to the
 * channel and records what it says (ADR 0013).
 */
interface ReminderChannel {

	Channel channel();

	/** Whether this installation can send on this channel at all. */
	boolean configured();

	/**
	 * Hands the reminders over, each to its {@code recipients} entry (by reminder id);
	 * returns the ones refused, with why. Anything else was accepted.
	 */
	Map<Claimed, Refusal> send(List<Claimed> reminders, Map<java.util.UUID, Recipient> recipients);

}
