package org.bridgework.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What someone holding the schema owner's password could do to the audit trail: turn its
 * guard off, change a row, turn the guard on again. The application's own role cannot.
 */
public final class AuditTampering {

	private AuditTampering() {
	}

	/**
	 * Sets the action of audit row {@code seq} through the owner's connection.
	 */
	public static void changeAction(DataSource owner, long seq, String action) {
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("alter table audit_event disable trigger audit_event_no_change");
			statement.execute("update audit_event set action = '" + action.replace("'", "''") + "' where seq = " + seq);
			statement.execute("alter table audit_event enable trigger audit_event_no_change");
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String actionOf(DataSource owner, long seq) {
		try (Connection connection = owner.getConnection();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("select action from audit_event where seq = " + seq)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
