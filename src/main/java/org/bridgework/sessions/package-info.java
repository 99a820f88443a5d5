/**
 * The session rhythm: the dates of sessions, the client's check-ins between them, the
 * clinician's one-page digest of everything since the last session, and the summary that
 * goes back to the client afterwards.
 *
 * <p>
 * Public face: {@link org.bridgework.sessions.DigestContributor} and its two small types,
 * the place where other features (ladder suggestions, what the client proposed) add their
 * part to the digest; and {@link org.bridgework.sessions.SessionDays}, a read of a
 * client's session days (access checked through {@code CareTeam}) for features that
 * follow the session rhythm, such as a questionnaire asked before each session.
 * Everything else is internal.
 */
package org.bridgework.sessions;
