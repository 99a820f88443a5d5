package org.bridgework.caseload;

import java.util.List;
import java.util.UUID;

/**
 * Who a client's record belongs to and who cares for them, as an exported record names
 * them on its first page.
 *
 * @param clinicianNames the display names of the client's clinicians, first added first
 * @param accountId the client's account (their sign-in)
 * @param accountName the name on the account, usually the profile's name
 */
public record CareRecordHeader(ClientProfile profile, List<String> clinicianNames, UUID accountId, String accountName) {

	public CareRecordHeader {
		clinicianNames = List.copyOf(clinicianNames);
	}

}
