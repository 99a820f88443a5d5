package org.bridgework.audit;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * Around everything else, Spring Security included (its sign-ins and refusals are
	 * audited), but inside a {@code ForwardedHeaderFilter} when
	 * {@code server.forward-headers-strategy=framework} puts one first: the address
	 * recorded is the one the installation chose to trust.
	 */
	@Bean
	FilterRegistrationBean<RequestAuditFilter> requestAuditFilter(AuditStore store, Clock clock) {
		FilterRegistrationBean<RequestAuditFilter> registration = new FilterRegistrationBean<>(
				new RequestAuditFilter(store, clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
