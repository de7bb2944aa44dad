/** Reviews: only buyers of a delivered order review its products; producers reply once; officers hide abuse. */
package th.otop.orders.review;
