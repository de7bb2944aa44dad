/**
 * Real MariaDB and Elasticsearch on a machine that has only a JDK: started once, reused across test
 * JVMs and modules, stopped with the process that owns them.
 */
package th.otop.devstack;
