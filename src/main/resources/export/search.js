// Search in the static copy of the site: Pagefind's interface over the index the export built,
// so no server is needed. Every page's header form sends its words as ?q=, which Pagefind's
// interface does not read by itself, so they start the search here.
(function () {
	'use strict';
	var ui = new PagefindUI({
		element: '#search',
		bundlePath: '/pagefind/',
		showSubResults: true,
		showImages: false,
		autofocus: true
	});
	var words = new URLSearchParams(window.location.search).get('q');
	if (words) {
		ui.triggerSearch(words);
	}
})();
