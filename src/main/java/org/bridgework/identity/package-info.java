/**
 * Accounts, sign-in, invitations and who is who (admin, clinician, client).
 */
package org.bridgework.identity;
