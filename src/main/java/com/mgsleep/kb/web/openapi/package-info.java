/**
 * The OpenAPI 3.1 description of the JSON API under {@code /api}, served at
 * {@code /v3/api-docs} with its UI at {@code /swagger-ui.html}.
 */
package com.mgsleep.kb.web.openapi;
