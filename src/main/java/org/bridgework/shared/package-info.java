/**
 * Small things every feature uses: the clock, the errors a person can understand, the
 * embedded database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bridgework.shared;
