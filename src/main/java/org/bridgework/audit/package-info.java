/**
 * The audit trail: who did what with whose data, when and from where. Append-only and
 * hash-chained; other modules report to it through
 * {@link org.bridgework.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.bridgework.audit;
