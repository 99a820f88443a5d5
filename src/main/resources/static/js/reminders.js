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

// Notifications on this phone: only where the browser has service workers, push and
// notifications is the button shown; elsewhere the page keeps saying, kindly, that email and
// the calendar link still work. The form is filled with what the browser's push service gave.
(() => {
	const section = document.querySelector('[data-push]');
	if (!section) {
		return;
	}
	const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
		&& window.isSecureContext;
	if (!supported) {
		return;
	}
	const show = (selector, visible) => {
		const element = section.querySelector(selector);
		if (element) {
			element.hidden = !visible;
		}
	};
	const onForm = section.querySelector('[data-push-on]');
	const offForm = section.querySelector('[data-push-off]');
	const toKey = (base64Url) => {
		const base64 = (base64Url + '='.repeat((4 - base64Url.length % 4) % 4)).replace(/-/g, '+').replace(/_/g, '/');
		return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
	};
	const fromBuffer = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
		.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	// The worker's scope is /js/, not this page: so not serviceWorker.ready (it waits for a
	// worker of this page), but the registration itself, once its worker is active.
	const whenActive = (registration) => new Promise((resolve) => {
		const worker = registration.installing || registration.waiting;
		if (registration.active || !worker) {
			resolve(registration);
			return;
		}
		worker.addEventListener('statechange', () => {
			if (worker.state === 'activated') {
				resolve(registration);
			}
		});
	});
	show('[data-push-unsupported]', false);
	const registering = navigator.serviceWorker
		.register(section.dataset.pushWorker, { scope: section.dataset.pushScope })
		.then(whenActive);
	registering
		.then((registration) => registration.pushManager.getSubscription())
		.then((subscription) => {
			if (subscription) {
				offForm.elements.endpoint.value = subscription.endpoint;
				show('[data-push-off]', true);
			}
			else if (Notification.permission === 'denied') {
				show('[data-push-denied]', true);
			}
			else {
				show('[data-push-on]', true);
			}
		})
		.catch(() => show('[data-push-unsupported]', true));
	onForm.addEventListener('submit', (event) => {
		if (onForm.elements.endpoint.value) {
			return;
		}
		event.preventDefault();
		Notification.requestPermission()
			.then((permission) => {
				if (permission !== 'granted') {
					show('[data-push-on]', false);
					show('[data-push-denied]', true);
					return null;
				}
				return registering.then((registration) => registration.pushManager.subscribe({
					userVisibleOnly: true,
					applicationServerKey: toKey(section.dataset.pushKey)
				}));
			})
			.then((subscription) => {
				if (!subscription) {
					return;
				}
				onForm.elements.endpoint.value = subscription.endpoint;
				onForm.elements.p256dh.value = fromBuffer(subscription.getKey('p256dh'));
				onForm.elements.auth.value = fromBuffer(subscription.getKey('auth'));
				onForm.submit();
			})
			.catch(() => show('[data-push-failed]', true));
	});
	offForm.addEventListener('submit', (event) => {
		event.preventDefault();
		registering
			.then((registration) => registration.pushManager.getSubscription())
			.then((subscription) => subscription && subscription.unsubscribe())
			.catch(() => undefined)
			.then(() => offForm.submit());
	});
})();
