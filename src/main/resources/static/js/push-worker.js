// Bridgework's service worker: shows a reminder pushed by the server (its words are the same
// for every practice) and opens Today when it is tapped. The tag comes from the reminder, so
// the same reminder sent twice replaces itself instead of showing twice.
self.addEventListener('push', (event) => {
	let message = {};
	try {
		message = event.data ? event.data.json() : {};
	}
	catch (ignored) {
		message = {};
	}
	const title = message.title || 'Time for your practice';
	event.waitUntil(self.registration.showNotification(title, {
		body: message.body || '',
		tag: message.tag || 'bridgework-reminder',
		data: { url: '/today' }
	}));
});

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const url = (event.notification.data && event.notification.data.url) || '/today';
	event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
		for (const client of windows) {
			if ('focus' in client) {
				client.navigate(url);
				return client.focus();
			}
		}
		return self.clients.openWindow(url);
	}));
});
