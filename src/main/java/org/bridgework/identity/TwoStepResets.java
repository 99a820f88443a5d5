package org.bridgework.identity;

import java.util.List;
import java.util.UUID;

import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin resetting someone's two-step sign-in, say for a clinician whose phone is lost:
 * the key and the recovery codes go, every sign-in of theirs ends, and they set it up
 * again when they next sign in. Recorded, with who did it. Only for admins and
 * clinicians, whose accounts admins look after; a client's account is their clinician's
 * to help with.
 */
@Service
class TwoStepResets {

	private final TwoStepRepository store;

	private final TwoStep twoStep;

	private final SignInTokens tokens;

	private final SignInSteps steps;

	TwoStepResets(TwoStepRepository store, TwoStep twoStep, SignInTokens tokens, SignInSteps steps) {
		this.store = store;
		this.twoStep = twoStep;
		this.tokens = tokens;
		this.steps = steps;
	}

	@Transactional(readOnly = true)
	List<StaffMember> staff(CurrentUser admin) {
		admin.require(Role.ADMIN);
		return this.store.staff();
	}

	/**
	 * @throws NotFoundException unless it is an admin's or clinician's account that has
	 * signed up
	 */
	@Transactional(readOnly = true)
	StaffMember staffMember(CurrentUser admin, UUID accountId) {
		return staff(admin).stream()
			.filter((member) -> member.accountId().equals(accountId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Staff member"));
	}

	@Transactional
	void reset(CurrentUser admin, UUID accountId) {
		staffMember(admin, accountId);
		this.twoStep.turnOff(accountId, admin.id(), TwoStepEvent.Kind.RESET);
		this.tokens.revokeAllBut(accountId, null);
		this.steps.forgetAll(accountId);
	}

}
