/**
 * The static export: writes every page, asset, download and API document the running
 * application serves into a folder any static file server can publish, with a search that
 * works without the application.
 */
package com.mgsleep.kb.export;
