// Clinician pages. "Copy" buttons for read-only fields such as the invitation link: shown only
// when this script runs, so a page without JavaScript has no button that does nothing.
(function () {
	function copy(button) {
		var field = document.getElementById(button.getAttribute("data-copy"));
		var status = document.getElementById(button.getAttribute("data-copy-status"));
		if (!field) {
			return;
		}
		var done = function () {
			if (status) {
				status.textContent = button.getAttribute("data-copied");
			}
		};
		field.focus();
		field.select();
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(field.value).then(done, function () {
				if (document.execCommand("copy")) { done(); }
			});
		}
		else if (document.execCommand("copy")) {
			done();
		}
	}

	document.querySelectorAll("button[data-copy]").forEach(function (button) {
		button.hidden = false;
		button.addEventListener("click", function () { copy(button); });
	});
})();
