package org.bridgework.shared;

import java.util.List;

/**
 * A Spring bean (a module's repository) naming the columns it keeps encrypted with
 * {@link FieldCipher}. Key rotation re-encrypts every column named this way, and
 * {@code EncryptionCoverageIntegrationTests} checks that every free-text column of a
 * client's data is named by one or is on its reviewed list of plain columns.
 */
public interface EncryptedColumns {

	List<EncryptedColumn> encryptedColumns();

}
