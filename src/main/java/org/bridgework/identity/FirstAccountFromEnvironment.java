package org.bridgework.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first account from BRIDGEWORK_ADMIN_EMAIL and _PASSWORD when none exists
 * yet.
 */
@Component
@Order(0)
class FirstAccountFromEnvironment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAccountFromEnvironment.class);

	private final AdminBootstrapProperties admin;

	private final Accounts accounts;

	FirstAccountFromEnvironment(AdminBootstrapProperties admin, Accounts accounts) {
		this.admin = admin;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.admin.isSet() || this.accounts.isSetUp()) {
			return;
		}
		try {
			this.accounts.createFirstAccount(this.admin.email(), "Administrator", this.admin.password());
			log.info("Created the first account for {}", this.admin.email());
		}
		catch (org.bridgework.shared.ConflictException ex) {
			log.info("Another node created the first account first");
		}
	}

}
