// Sends the CSRF token with every htmx request, read from the page's meta tags.
document.addEventListener("htmx:configRequest", function (event) {
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		event.detail.headers[header.content] = token.content;
	}
});

// Controls that only work with script stay hidden until script runs.
document.addEventListener("DOMContentLoaded", function () {
	document.querySelectorAll("[data-needs-script]").forEach(function (element) {
		element.hidden = false;
	});
});
document.addEventListener("htmx:afterSwap", function (event) {
	document.querySelectorAll("[data-needs-script][hidden]").forEach(function (element) {
		element.hidden = false;
	});
	// A row added on request takes the focus, so keyboard and screen reader users land in it.
	if (event.detail.target && event.detail.target.id === "barrier-rows") {
		var inputs = event.detail.target.querySelectorAll("fieldset:last-of-type input");
		if (inputs.length > 0) {
			inputs[0].focus();
		}
	}
});
