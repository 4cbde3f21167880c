/** The lists' editions over HTTP: which editions a list has, and what changed between two of them. */
package org.w3id.lkg.service.edition;
