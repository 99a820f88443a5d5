package org.bridgework.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean anyExist() {
		return this.jdbc.sql("select exists(select 1 from account)").query(Boolean.class).single();
	}

	boolean adminExists() {
		return this.jdbc.sql("select exists(select 1 from account where 'ADMIN' = any(roles))")
			.query(Boolean.class)
			.single();
	}

	boolean emailTaken(String email) {
		return this.jdbc.sql("select exists(select 1 from account where lower(email) = lower(:email))")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, String email, String displayName, String passwordHash, Set<Role> roles) {
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, roles)
				values (:id, :email, :displayName, :passwordHash, :roles::text[])""")
			.param("id", id)
			.param("email", email)
			.param("displayName", displayName)
			.param("passwordHash", passwordHash)
			.param("roles", toArrayLiteral(roles))
			.update();
	}

	void setPasswordAndEmail(UUID id, String passwordHash, String email) {
		this.jdbc.sql("update account set password_hash = :hash, email = coalesce(email, :email) where id = :id")
			.param("hash", passwordHash)
			.param("email", email)
			.param("id", id)
			.update();
	}

	/** The account's own time zone, or null when it follows the installation's. */
	String timezoneOf(UUID id) {
		return this.jdbc.sql("select timezone from account where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	void setTimezone(UUID id, String timezone) {
		this.jdbc.sql("update account set timezone = :timezone where id = :id")
			.param("timezone", timezone)
			.param("id", id)
			.update();
	}

	void setPassword(UUID id, String passwordHash) {
		this.jdbc.sql("update account set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	/** Accounts with the role whose person has not chosen a password yet, by name. */
	List<WaitingClinician> waitingToSignUp(Role role) {
		return this.jdbc.sql("""
				select id, display_name, email from account
				where password_hash is null and :role = any(roles)
				order by lower(display_name), id""")
			.param("role", role.name())
			.query((rs, row) -> new WaitingClinician(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("email")))
			.list();
	}

	Optional<StoredAccount> findByEmail(String email) {
		return this.jdbc.sql("select * from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<StoredAccount> findById(UUID id) {
		return this.jdbc.sql("select * from account where id = :id")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	/**
	 * The account, locked until the transaction ends: issuing a new invitation and
	 * accepting one take this lock first, so they never interleave.
	 */
	Optional<StoredAccount> lockById(UUID id) {
		return this.jdbc.sql("select * from account where id = :id for update")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	/**
	 * Serialises first-run account creation across app nodes for the rest of the
	 * transaction.
	 */
	void lockFirstRun() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.first-run'))").query().singleRow();
	}

	private static String toArrayLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private static StoredAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).forEach(parsed::add);
		return new StoredAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), parsed);
	}

	record StoredAccount(UUID id, String email, String displayName, String passwordHash, Set<Role> roles) {

		CurrentUser asCurrentUser() {
			return new CurrentUser(this.id, this.displayName, this.roles);
		}

	}

}
