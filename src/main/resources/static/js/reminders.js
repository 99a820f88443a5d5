// Copies the calendar link on the reminder settings page and says so to screen readers.
document.addEventListener('click', (event) => {
	const button = event.target.closest('[data-copy]');
	if (!button) {
		return;
	}
	const field = document.getElementById(button.dataset.copy);
	const status = button.parentElement.querySelector('[data-copy-status]');
	const done = () => {
		if (status) {
			status.textContent = button.dataset.copied;
		}
	};
	if (navigator.clipboard) {
		navigator.clipboard.writeText(field.value).then(done, () => field.select());
	}
	else {
		field.select();
	}
});
