/** Who makes the products: community enterprises, occupational groups, households, SMEs. */
package th.otop.catalog.producer;
