/**
 * Small things every feature uses: the clock, the errors a person can understand, the
 * embedded database, and the seam through which every module erases its part of a client
 * ({@link org.bridgework.shared.ErasureStep}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bridgework.shared;
