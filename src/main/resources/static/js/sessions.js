// The digest's print button: shown only when scripts run; printing works from the browser menu too.
document.querySelectorAll('[data-print]').forEach((button) => {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
});
