package org.bridgework.caseload;

import java.util.List;

/**
 * Who a client's record belongs to and who cares for them, as an exported record names
 * them on its first page.
 *
 * @param clinicianNames the display names of the client's clinicians, first added first
 */
public record CareRecordHeader(ClientProfile profile, List<String> clinicianNames) {

	public CareRecordHeader {
		clinicianNames = List.copyOf(clinicianNames);
	}

}
