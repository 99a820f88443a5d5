package org.bridgework;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BridgeworkApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BridgeworkApplication.class);
		if (Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--bridgework.audit.verify"))) {
			// A one-off check of the audit trail, perhaps beside a running Bridgework:
			// no fixed port to clash with.
			application.setDefaultProperties(Map.of("server.port", "0"));
		}
		application.run(args);
	}

}
