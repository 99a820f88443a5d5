package org.bridgework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BridgeworkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BridgeworkApplication.class, args);
	}

}
