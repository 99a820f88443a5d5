package org.bridgework.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sign-in housekeeping runs on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityConfiguration {

}
