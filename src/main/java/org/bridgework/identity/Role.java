package org.bridgework.identity;

public enum Role {

	ADMIN, CLINICIAN, CLIENT

}
