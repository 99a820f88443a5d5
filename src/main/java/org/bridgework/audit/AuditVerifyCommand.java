package org.bridgework.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --bridgework.audit.verify}: checks the audit trail's hash chain, prints what it
 * found and exits, 0 when intact and 1 at a break, so a cron job or a reviewer can run
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--bridgework.audit.verify}.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	static final int BROKEN = 1;

	private final AuditProperties properties;

	private final AuditTrail trail;

	private final IntConsumer exit;

	private final PrintStream out;

	@Autowired
	AuditVerifyCommand(AuditProperties properties, AuditTrail trail, ApplicationContext context) {
		this(properties, trail, (code) -> System.exit(SpringApplication.exit(context, () -> code)), System.out);
	}

	/**
	 * @param exit what to do with the exit code: by default, close the application and
	 * end the process with it
	 */
	AuditVerifyCommand(AuditProperties properties, AuditTrail trail, IntConsumer exit, PrintStream out) {
		this.properties = properties;
		this.trail = trail;
		this.exit = exit;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.verifying()) {
			return;
		}
		ChainVerification result = this.trail.verify();
		if (result.intact()) {
			this.out.printf("Audit trail intact: %d rows checked; newest row's hash %s%n", result.rows(),
					(result.lastHash() != null) ? result.lastHash() : "(none: the trail is empty)");
		}
		else {
			this.out.printf("Audit trail BROKEN: row %d does not match its hash chain (%d rows in the trail)%n",
					result.firstBrokenRow(), result.rows());
		}
		this.exit.accept(result.intact() ? 0 : BROKEN);
	}

}
