/** The admin write path (only with an admin token): loading and retiring lists in the running service. */
package org.w3id.lkg.service.admin;
