package org.bridgework.exports;

/**
 * Absolute links to the files a record lists (drawings, photos, voice notes, guided
 * recordings), fit for the way the record was downloaded: a record saved from the pages
 * links to the pages, which the signed-in browser opens; one from the API links to the
 * API, which takes the same bearer token. Either way the link answers only those who may
 * see the file.
 */
public final class ExportLinks {

	private final String base;

	private final boolean api;

	ExportLinks(String base, boolean api) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.api = api;
	}

	/**
	 * @param pagePath the file's path on the pages ({@code /attachments/{id}})
	 * @param apiPath the file's path in the API ({@code /api/v1/attachments/{id}})
	 */
	public String to(String pagePath, String apiPath) {
		return this.base + (this.api ? apiPath : pagePath);
	}

}
