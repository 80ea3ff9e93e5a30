/** The statistics engine of MDT: drift tests, data quality and dataset drift rules, usable without a server. */
package io.mdt.engine;
