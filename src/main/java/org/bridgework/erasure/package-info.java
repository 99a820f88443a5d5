/**
 * Erasure: a client asks for their data to be erased, and one of their clinicians (or an
 * admin) finishes it, running every module's {@link org.bridgework.shared.ErasureStep} in
 * one transaction (docs/adr/0012).
 */
package org.bridgework.erasure;
