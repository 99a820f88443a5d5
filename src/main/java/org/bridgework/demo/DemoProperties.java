package org.bridgework.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled seed the demo people when they are not there yet
 */
@ConfigurationProperties("bridgework.demo")
record DemoProperties(boolean enabled) {
}
