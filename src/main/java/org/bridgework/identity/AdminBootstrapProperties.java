package org.bridgework.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first account, from BRIDGEWORK_ADMIN_EMAIL and BRIDGEWORK_ADMIN_PASSWORD.
 */
@ConfigurationProperties("bridgework.admin")
record AdminBootstrapProperties(String email, String password) {

	boolean isSet() {
		return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
	}

}
